/**
 * Reads the compatibility suite's Gherkin features into plain scenarios (Background steps first), with
 * `@cucumber/gherkin` doing the parsing and its pickle compiler merging backgrounds and tags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';

/** One step: its text, and its data table as rows of cells when it has one. */
export interface Step {
  readonly text: string;
  readonly table?: readonly (readonly string[])[];
  readonly docString?: string;
}

/** One scenario of a feature, with the Background's steps before its own. */
export interface Scenario {
  /** The feature file without extension, relative to `features/`: `V3/matching_rules`. */
  readonly feature: string;
  readonly name: string;
  readonly tags: readonly string[];
  readonly steps: readonly Step[];
}

/** Parses one feature file's text into scenarios. `feature` names it (`V3/matching_rules`). */
export function parseFeature(feature: string, source: string): Scenario[] {
  const newId = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
  const document = parser.parse(source);
  return compile(document, `${feature}.feature`, newId).map((pickle) => ({
    feature,
    name: pickle.name,
    tags: pickle.tags.map((tag) => tag.name),
    steps: pickle.steps.map((step) => {
      const table = step.argument?.dataTable?.rows.map((row) => row.cells.map((cell) => cell.value));
      const docString = step.argument?.docString?.content;
      return {
        text: step.text,
        ...(table === undefined ? {} : { table }),
        ...(docString === undefined ? {} : { docString }),
      };
    }),
  }));
}

/** Reads every `features/<version>/<name>.feature` under `dir`, in a stable order. */
export function readFeatures(dir: string): Scenario[] {
  const scenarios: Scenario[] = [];
  for (const version of readdirSync(dir).sort()) {
    for (const file of readdirSync(path.join(dir, version)).sort()) {
      if (!file.endsWith('.feature')) continue;
      const feature = `${version}/${file.slice(0, -'.feature'.length)}`;
      scenarios.push(...parseFeature(feature, readFileSync(path.join(dir, version, file), 'utf8')));
    }
  }
  return scenarios;
}
