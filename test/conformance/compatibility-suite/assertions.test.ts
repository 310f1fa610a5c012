/**
 * Every assertion step can fail: each runnable scenario is run again with one of its Then steps
 * changed to a wrong expectation, and that run must fail. A scenario that does not pass as written
 * is left to the corpus test to report.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conformanceDir } from '../corpus.ts';
import { runInFreshWorld, stepDefinitions } from './corpus.ts';
import { readFeatures, type Scenario } from './feature-files.ts';
import { skipReason } from './step-registry.ts';

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

// Steps that check a named value: the name with a "!" added must not be found.
const quotedValues: readonly RegExp[] = [
  /^(the provider state callback will receive a setup call with) "(.*)"( .*)$/,
  /^(the provider state callback will receive a teardown call) "(.*)"( .*)$/,
  /^(a warning will be displayed that .* provider state) "(.*)"()$/,
  /^(the comment) "(.*)"( will have been printed to the console)$/,
  /^(the request to the provider will contain the header) "(.*)"()$/,
  /^(the) "(.*)"( will displayed as the original test name)$/,
  /^(the content type will be set as) "(.*)"()$/,
  /^(the \{first\} interaction request (?:will be for a|query parameters will be|content type will be)) "(.*)"()$/,
  /^(the \{first\} interaction request will contain the header "[^"]*" with value) "(.*)"()$/,
  /^(the mismatches will contain a "[^"]*" mismatch with (?:path "[^"]*" with )?error) "(.*)"()$/,
  /^(the mock server status will be an unexpected) "(.*)"( request received error for .*)$/,
  /^(the interaction in the Pact file will contain provider state) "(.*)"()$/,
  /^(the provider state) "(.*)"( (?:in the Pact file|for the message) will contain the following parameters:)$/,
  /^(the first interaction in the Pact file will have a type of) "(.*)"()$/,
  /^(there will be an interaction in the Pact file with a type of) "(.*)"()$/,
  /^(the received message content type will be) "(.*)"()$/,
  /^(the consumer test error will be) "(.*)"()$/,
  /^(the first message in the pact file content type will be) "(.*)"()$/,
  /^(the first message in the Pact file will contain provider state) "(.*)"()$/,
  /^(the first interaction in the pact file (?:request|response) content type will be) "(.*)"()$/,
];

// Steps that name a fixture document: the neighbouring fixture (basic → basic2, xml-body → xml2-body)
// must not be found.
const documents: readonly RegExp[] = [
  /^(the payload will contain the|the received message payload will contain the) "([^"]*)"( (?:JSON )?document)$/,
  /^(the \{first\} interaction (?:request|response) will contain the) "([^"]*)"( document)$/,
  /^(the first message in the pact file will contain the) "([^"]*)"( document)$/,
  /^(the first interaction in the pact file will contain the) "([^"]*)"( document as .*)$/,
];

// Steps that count: one more must not be found.
const counts: readonly RegExp[] = [
  /^(the interaction in the Pact file will contain )(\d+)( provider states?)$/,
  /^(the first message in the pact file will contain )(\d+)( provider states?)$/,
  /^(the pact file will contain )(\d+)( (?:message )?interactions?)$/,
  /^(the first interaction in the pact file will contain )(\d+)( response messages)$/,
];

function neighbour(cell: string): string {
  return cell.replace(/^(file: )?([a-z]+)/, '$1$22');
}

/** The wrong versions of an assertion step, or none when the step asserts nothing. */
function wrongVersions(text: string): string[] {
  const flips: ReadonlyArray<readonly [string, string]> = [
    ['mock server status will be OK', 'mock server status will NOT be OK'],
    ['mock server status will NOT be OK', 'mock server status will be OK'],
    ['mock server will write out a Pact file', 'mock server will NOT write out a Pact file'],
    ['mock server will NOT write out a Pact file', 'mock server will write out a Pact file'],
    ['a 200 success response is returned', 'a 500 success response is returned'],
    ['a 500 error response is returned', 'a 200 error response is returned'],
    ['the pact file will contain {1} interaction', 'the pact file will contain {2} interaction'],
    ['not received error for interaction {2}', 'not received error for interaction {1}'],
    ['the consumer test will have passed', 'the consumer test will have failed'],
    ['the consumer test will have failed', 'the consumer test will have passed'],
    ['interaction will have been written', 'interaction will NOT have been written'],
    ['interaction will NOT have been written', 'interaction will have been written'],
    ['comparison should be OK', 'comparison should NOT be OK'],
    ['comparison should NOT be OK', 'comparison should be OK'],
    ['verification will be successful', 'verification will NOT be successful'],
    ['verification will NOT be successful', 'verification will be successful'],
    ['callback will be called after the verification is run', 'callback will NOT receive a teardown call'],
    ['callback will NOT receive a teardown call', 'callback will be called after the verification is run'],
    [
      'a verification result will NOT be published back',
      'a successful verification result will be published back for interaction {1}',
    ],
  ];
  for (const [from, to] of flips) if (text.includes(from)) return [text.replace(from, to)];
  const published =
    /^a (successful|failed) verification result will be published back for (?:the )?interaction \{(\d+)\}$/.exec(
      text,
    );
  if (published !== null) {
    const [, outcome, n = ''] = published;
    const other = '{9}'; // an interaction no broker scenario verifies
    return outcome === 'successful'
      ? [
          `a failed verification result will be published back for the interaction {${n}}`,
          `a successful verification result will be published back for interaction ${other}`,
        ]
      : [
          `a successful verification result will be published back for interaction {${n}}`,
          `a failed verification result will be published back for the interaction ${other}`,
        ];
  }
  const kind = /^(the verification results will contain a|there will be a pending) "(.*)" error$/.exec(text);
  if (kind !== null) {
    const other =
      kind[2] === 'Body had differences' ? 'Response status did not match' : 'Body had differences';
    return [`${kind[1]} "${other}" error`];
  }
  for (const pattern of documents) {
    const found = pattern.exec(text);
    if (found !== null) return [`${found[1]} "${neighbour(found[2] ?? '')}"${found[3]}`];
  }
  for (const pattern of counts) {
    const found = pattern.exec(text);
    if (found !== null) return [`${found[1]}${Number(found[2]) + 1}${found[3]}`];
  }
  const metadata = /^(.* metadata "[^"]*" ==) "(.*)"$/.exec(text);
  if (metadata !== null) {
    const value = metadata[2] ?? '';
    return [`${metadata[1]} "${value.startsWith('JSON:') ? 'JSON: null' : `${value}!`}"`];
  }
  const attribute = /^(the first interaction in the Pact file will have "[^"]*" =) '.*'$/.exec(text);
  if (attribute !== null) return [`${attribute[1]} 'null'`];
  for (const pattern of quotedValues) {
    const found = pattern.exec(text);
    if (found !== null) return [`${found[1]} "${found[2]}!"${found[3]}`];
  }
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
  const replacedWithA = /^(.* replaced with an?) "(.*)"$/.exec(text);
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
        await runInFreshWorld(stepDefinitions, scenario);
      } catch {
        t.skip('the scenario does not pass as written');
        return;
      }
      let mutated = 0;
      for (const [index, step] of scenario.steps.entries()) {
        for (const text of wrongVersions(step.text)) {
          mutated++;
          await assert.rejects(
            runInFreshWorld(stepDefinitions, withStep(scenario, index, text)),
            `"${text}" should fail`,
          );
        }
      }
      assert.ok(mutated > 0, 'the scenario has an assertion step');
    });
  }
});
