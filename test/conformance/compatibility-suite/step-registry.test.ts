import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conformanceDir } from '../corpus.ts';
import { readFeatures, type Scenario } from './feature-files.ts';
import {
  compileExpression,
  definePending,
  defineStep,
  findStep,
  runScenario,
  skipReason,
} from './step-registry.ts';
import { pendingSteps } from './steps/pending.ts';
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
    definePending(/^the mock server /, 'mock server'),
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
  const definitions = [defineStep('runs', () => {}), definePending('starts a mock server', 'mock server')];

  it('says why a scenario cannot run, before it runs', () => {
    assert.equal(skipReason(definitions, scenario(['runs'])), undefined);
    assert.equal(skipReason(definitions, scenario(['runs'], ['@wip'])), 'marked @wip upstream');
    assert.equal(
      skipReason(definitions, scenario(['nope', 'starts a mock server'])),
      'needs the mock server (issue 3)',
    );
    assert.equal(skipReason(definitions, scenario(['runs', 'nope'])), 'undefined step: "nope"');
  });

  it('gives every scenario of the features seam cannot run yet a capability as its reason', () => {
    const runnable = new Set([
      'V3/generators',
      'V3/http_generators',
      'V3/http_matching',
      'V3/matching_rules',
      'V4/generators',
      'V4/matching_rules',
    ]);
    const others = readFeatures(conformanceDir('pact-compatibility-suite', 'features')).filter(
      (each) => !runnable.has(each.feature),
    );
    assert.equal(others.length, 190 - 69);
    for (const each of others) {
      const reason = skipReason(pendingSteps, each);
      assert.match(
        reason ?? '',
        /^(needs |marked @wip upstream$)/,
        `${each.feature}: ${each.name}: ${reason}`,
      );
    }
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
