import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conformanceDir } from '../corpus.ts';
import { stepDefinitions } from './corpus.ts';
import { readFeatures, type Scenario } from './feature-files.ts';
import {
  compileExpression,
  definePending,
  defineStep,
  findStep,
  runScenario,
  skipReason,
} from './step-registry.ts';
import { createWorld } from './world.ts';

const scenario = (texts: string[], tags: string[] = []): Scenario => ({
  feature: 'V3/sample',
  name: 'sample',
  tags,
  steps: texts.map((text) => ({ text })),
});

describe('compileExpression', () => {
  it('turns {string}, {int} and optional text into a regular expression', () => {
    const pattern = compileExpression('replaced with a(n) {string} at {int}');
    assert.ok(pattern.test('replaced with a "x" at 12'));
    assert.ok(pattern.test('replaced with an "x" at 12'));
    assert.ok(!pattern.test('replaced with "x" at 12'));
    assert.ok(!pattern.test('replaced with a "x" at 12 and more'));
  });
});

describe('findStep', () => {
  const definitions = [
    defineStep('a {string} -> {string}', () => {}),
    definePending(/^the mock server /, 'pact broker'),
  ];

  it('captures strings and unescapes \\" inside them', () => {
    assert.deepEqual(findStep(definitions, 'a "$.one" -> "to be [\\"b\\"]"')?.args, ['$.one', 'to be ["b"]']);
  });

  it('finds nothing for an undefined step and refuses an ambiguous table', () => {
    assert.equal(findStep(definitions, 'something else'), undefined);
    assert.throws(
      () => findStep([...definitions, defineStep('a {string} -> "x"', () => {})], 'a "y" -> "x"'),
      /2 definitions/,
    );
  });
});

describe('skipReason', () => {
  const definitions = [defineStep('runs', () => {}), definePending('publishes to a broker', 'pact broker')];

  it('says why a scenario cannot run, before it runs', () => {
    assert.equal(skipReason(definitions, scenario(['runs'])), undefined);
    // Scenarios marked @wip upstream run like the others (the Kafka schema-registry one passes).
    assert.equal(skipReason(definitions, scenario(['runs'], ['@wip'])), undefined);
    assert.equal(
      skipReason(definitions, scenario(['nope', 'publishes to a broker'])),
      'needs a Pact Broker (issue 4)',
    );
    assert.equal(skipReason(definitions, scenario(['runs', 'nope'])), 'undefined step: "nope"');
  });

  it('skips a scenario only for a capability seam lacks, never an undefined step', () => {
    for (const each of readFeatures(conformanceDir('pact-compatibility-suite', 'features'))) {
      const reason = skipReason(stepDefinitions, each);
      if (reason === undefined) continue;
      assert.match(reason, /^needs /, `${each.feature}: ${each.name}: ${reason}`);
    }
  });

  it('skips no scenario of the suite', () => {
    const skipped = readFeatures(conformanceDir('pact-compatibility-suite', 'features')).flatMap((each) => {
      const reason = skipReason(stepDefinitions, each);
      return reason === undefined ? [] : [`${each.feature}: ${reason}`];
    });
    assert.deepEqual(skipped, []);
  });
});

describe('runScenario', () => {
  it('runs steps in order and names the failing step', async () => {
    const seen: string[] = [];
    const definitions = [
      defineStep('step {int}', (_world, [n = '']) => {
        seen.push(n);
      }),
      defineStep('fails', () => {
        throw new Error('boom');
      }),
    ];
    await assert.rejects(
      runScenario(definitions, scenario(['step 1', 'step 2', 'fails', 'step 3']), createWorld('V3/sample')),
      /Step "fails" failed: boom/,
    );
    assert.deepEqual(seen, ['1', '2']);
  });
});
