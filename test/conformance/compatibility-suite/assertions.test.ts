/**
 * Every assertion step can fail: each runnable scenario is run again with one of its Then steps
 * changed to a wrong expectation, and that run must fail. A scenario that does not pass as written
 * is left to the corpus test to report.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conformanceDir } from '../corpus.ts';
import { stepDefinitions } from './corpus.ts';
import { readFeatures, type Scenario } from './feature-files.ts';
import { runScenario, skipReason } from './step-registry.ts';
import { createWorld } from './world.ts';

const wrongTypes: Readonly<Record<string, string>> = {
  integer: 'date',
  'decimal number': 'integer',
  'hexadecimal number': 'date',
  'random string': 'integer',
  'string from the regex': 'date',
  date: 'time',
  time: 'date',
  'date-time': 'date',
  UUID: 'integer',
  'simple UUID': 'lower-case-hyphenated UUID',
  'lower-case-hyphenated UUID': 'upper-case-hyphenated UUID',
  'upper-case-hyphenated UUID': 'simple UUID',
  'URN UUID': 'simple UUID',
  boolean: 'integer',
};

/** The wrong versions of an assertion step, or none when the step asserts nothing. */
function wrongVersions(text: string): string[] {
  const flips: ReadonlyArray<readonly [string, string]> = [
    ['comparison should be OK', 'comparison should NOT be OK'],
    ['comparison should NOT be OK', 'comparison should be OK'],
  ];
  for (const [from, to] of flips) if (text.endsWith(from)) return [text.replace(from, to)];
  const mismatch = /^(the mismatches will contain a mismatch with error) "(.*)" -> "(.*)"$/.exec(text);
  if (mismatch !== null) {
    const [, start, path, error] = mismatch;
    return [`${start} "$.elsewhere" -> "${error}"`, `${start} "${path}" -> "Expected nothing like this"`];
  }
  const status = /^(the response mismatches will contain a) "(.*)" mismatch with error "(.*)"$/.exec(text);
  if (status !== null) {
    const [, start, type, error] = status;
    return [
      `${start} "body" mismatch with error "${error}"`,
      `${start} "${type}" mismatch with error "${error}!"`,
    ];
  }
  const replacedWithA = /^(.* will have been replaced with an?) "(.*)"$/.exec(text);
  if (replacedWithA !== null)
    return [`${replacedWithA[1]} "${wrongTypes[replacedWithA[2] ?? ''] ?? 'integer'}"`];
  const replacedWith = /^(.* will have been replaced with) "(.*)"$/.exec(text);
  if (replacedWith !== null) return [`${replacedWith[1]} "${replacedWith[2]}0"`];
  const setAs = /^(the request "path" will be set as) "(.*)"$/.exec(text);
  if (setAs !== null) return [`${setAs[1]} "${setAs[2]}0"`];
  const matches = /^(the (request|response) ".*" will match) ".*"$/.exec(text);
  if (matches !== null) return [`${matches[1]} "[a-z]+"`];
  return [];
}

function withStep(scenario: Scenario, index: number, text: string): Scenario {
  return { ...scenario, steps: scenario.steps.map((step, at) => (at === index ? { ...step, text } : step)) };
}

const runnable = readFeatures(conformanceDir('pact-compatibility-suite', 'features')).filter(
  (scenario) => skipReason(stepDefinitions, scenario) === undefined,
);

describe('compatibility suite assertion steps', () => {
  for (const scenario of runnable) {
    it(`fail on a wrong expectation: ${scenario.feature}: ${scenario.name}`, async (t) => {
      try {
        await runScenario(stepDefinitions, scenario, createWorld(scenario.feature));
      } catch {
        t.skip('the scenario does not pass as written');
        return;
      }
      let mutated = 0;
      for (const [index, step] of scenario.steps.entries()) {
        for (const text of wrongVersions(step.text)) {
          mutated++;
          await assert.rejects(
            runScenario(stepDefinitions, withStep(scenario, index, text), createWorld(scenario.feature)),
            `"${text}" should fail`,
          );
        }
      }
      assert.ok(mutated > 0, 'the scenario has an assertion step');
    });
  }
});
