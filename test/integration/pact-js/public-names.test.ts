/**
 * seam/pact-js offers pact-js 17's public names: every name a pact-js suite imports from the root
 * and every matcher of `MatchersV3`, so changing the import is all a suite needs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as pactJs from '@pact-foundation/pact';
import * as seamPactJs from '../../../src/pact-js/index.ts';

/** pact-js's own builder classes, returned by its DSL but never constructed by a suite. */
const internalClasses = new Set([
  '__esModule', // and the next two: Node's view of a CommonJS module, not pact-js names
  'default',
  'module.exports',
  'SynchronousMessageWithPlugin',
  'SynchronousMessageWithPluginContents',
  'SynchronousMessageWithRequest',
  'SynchronousMessageWithRequestBuilder',
  'SynchronousMessageWithResponse',
  'SynchronousMessageWithResponseBuilder',
  'SynchronousMessageWithTransport',
  'UnconfiguredGraphQLInteraction',
  'UnconfiguredSynchronousMessage',
  'XmlElement',
  'XmlNode',
  'XmlText',
]);

/** Names left out on purpose (docs/pact-js.md says why and what to use). */
const leftOut = new Set([
  'ConfigurationError', // seam throws SeamError with code 'config'
  'GraphQLQueryError',
  'MatchersV2', // the V2 matchers: use MatchersV3
  'OperationType',
  'interactionToInteractionObject',
]);

describe('seam/pact-js public names', () => {
  it('exports every root name of pact-js 17 a suite imports, except the few left out on purpose', () => {
    const expected = Object.keys(pactJs).filter((name) => !internalClasses.has(name) && !leftOut.has(name));
    const missing = expected.filter((name) => !(name in seamPactJs));
    assert.deepEqual(missing, []);
  });

  it("has every matcher and helper of pact-js 17's MatchersV3, and Matchers is the same namespace", () => {
    const missing = Object.keys(pactJs.MatchersV3).filter((name) => !(name in seamPactJs.MatchersV3));
    assert.deepEqual(missing, []);
    assert.equal(seamPactJs.Matchers, seamPactJs.MatchersV3);
  });

  it('exports Pact as PactV4, as pact-js 17 does', () => {
    assert.equal(pactJs.Pact, pactJs.PactV4);
    assert.equal(seamPactJs.Pact, seamPactJs.PactV4);
  });

  it("has pact-js's SpecificationVersion and HTTPResponseStatusClass values", () => {
    for (const [name, value] of Object.entries(seamPactJs.SpecificationVersion))
      assert.equal(pactJs.SpecificationVersion[name as keyof typeof pactJs.SpecificationVersion], value);
    assert.deepEqual({ ...seamPactJs.HTTPResponseStatusClass }, { ...pactJs.HTTPResponseStatusClass });
  });

  it('builds the same matcher objects as pact-js 17 for the same calls', () => {
    const calls: [keyof typeof seamPactJs.MatchersV3, unknown[]][] = [
      ['like', [{ id: 1 }]],
      ['eachLike', [{ id: 1 }, 2]],
      ['atLeastOneLike', [{ id: 1 }, 2]],
      ['atLeastLike', [{ id: 1 }, 2, 3]],
      ['atMostLike', [{ id: 1 }, 3, 2]],
      ['constrainedArrayLike', [{ id: 1 }, 1, 3, 2]],
      ['integer', [7]],
      ['decimal', [7.5]],
      ['number', [7]],
      ['string', ['x']],
      ['boolean', [false]],
      ['regex', [/^\d+$/, '12']],
      ['email', ['a@example.com']],
      ['uuid', ['6f2c1f0e-8a4b-4c1d-9e2f-3a4b5c6d7e8f']],
      ['iso8601DateTime', ['2026-11-20T09:30:00Z']],
      ['datetime', ["yyyy-MM-dd'T'HH:mm:ss", '2026-11-20T09:30:00']],
      ['date', ['yyyy-MM-dd', '2026-11-20']],
      ['includes', ['lamp']],
      ['nullValue', []],
      ['equal', ['EUR']],
      ['eachKeyLike', ['red', { stock: 1 }]],
      ['matchStatus', [201, 'success']],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a provider-state expression, not a template
      ['fromProviderState', ['/orders/${id}', '/orders/1']],
      ['arrayContaining', [{ a: 1 }, { b: 2 }]],
      ['contentType', ['image/png']],
    ];
    for (const [name, args] of calls) {
      const ours = (seamPactJs.MatchersV3[name] as (...a: unknown[]) => unknown)(...args);
      const theirs = (
        pactJs.MatchersV3[name as keyof typeof pactJs.MatchersV3] as (...a: unknown[]) => unknown
      )(...args);
      assert.deepEqual(ours, theirs, name);
    }
  });
});
