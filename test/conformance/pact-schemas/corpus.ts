/**
 * The pactflow/pact-schemas examples as a conformance corpus: one case per example file.
 * A `pass` example must load (readPactFileJson → readPact) and validate; a `fail` example must be
 * rejected by validatePact with a message naming the file and a JSON path. The version checked is
 * the example's folder (v1–v4): most examples declare none.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { formatIssue, readPact, readPactFileJson, validatePact } from '../../../src/contract/index.ts';
import type { SpecVersion } from '../../../src/match/model.ts';
import { type ConformanceCase, type Corpus, conformanceDir } from '../corpus.ts';

const versions: ReadonlyArray<[string, SpecVersion]> = [
  ['v1', 'V1'],
  ['v2', 'V2'],
  ['v3', 'V3'],
  ['v4', 'V4'],
];

function exampleCase(
  file: string,
  name: string,
  specVersion: SpecVersion,
  expectValid: boolean,
): ConformanceCase {
  return {
    name,
    async run() {
      const json = await readPactFileJson(file);
      const result = validatePact(json, file, { specVersion });
      const lines = result.issues.map((issue) => formatIssue(issue, file));
      if (expectValid) {
        assert.ok(result.ok, `expected ${name} to be valid, got:\n${lines.join('\n')}`);
        readPact(json, file);
        return;
      }
      assert.ok(!result.ok, `expected ${name} to be rejected, but it validated`);
      for (const line of lines)
        assert.match(
          line,
          /^.+\.json: \$[^:]*: .+/,
          `issue line "${line}" must name the file and a JSON path`,
        );
    },
  };
}

/** The pact-schemas corpus (345 example files). */
export const pactSchemas: Corpus = {
  name: 'pact-schemas',
  async cases() {
    const cases: ConformanceCase[] = [];
    for (const [folder, spec] of versions) {
      for (const kind of ['pass', 'fail'] as const) {
        const dir = conformanceDir('pact-schemas', 'examples', folder, kind);
        for (const entry of readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()) {
          cases.push(exampleCase(path.join(dir, entry), `${folder}/${kind}/${entry}`, spec, kind === 'pass'));
        }
      }
    }
    return cases;
  },
};
