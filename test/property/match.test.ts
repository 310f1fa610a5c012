import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { matchRequest, matchResponse } from '../../src/match/index.ts';
import type { HttpResponse } from '../../src/match/model.ts';
import { bodyRules, jsonRequest, jsonTextRequest, jsonValue } from './arbitraries.ts';

const runs = Number(process.env.SEAM_PROPERTY_RUNS ?? 300);

/**
 * JSON text nested `depth` levels (objects and arrays in turn) around `leaf`. Built as text because
 * V8's JSON.stringify itself overflows the stack at this depth, while JSON.parse does not.
 */
function nested(depth: number, leaf: string): string {
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    open.push(i % 2 === 0 ? '{"a":' : '[');
    close.push(i % 2 === 0 ? '}' : ']');
  }
  return `${open.join('')}${JSON.stringify(leaf)}${close.reverse().join('')}`;
}

/** JSON text with object keys sorted, so key order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function response(text: string): HttpResponse {
  const { body, headers } = jsonTextRequest(text);
  return { status: 200, body, ...(headers ? { headers } : {}) };
}

describe('matching engine under random input', () => {
  it('returns a verdict with well-formed issues for any JSON against any rule set, and never throws', () => {
    fc.assert(
      fc.property(jsonValue, jsonValue, bodyRules, (expected, actual, rules) => {
        const result = matchRequest(jsonRequest(expected, rules), jsonRequest(actual));
        assert.equal(result.ok, result.issues.length === 0);
        for (const issue of result.issues) {
          assert.equal(typeof issue.message, 'string');
          assert.equal(typeof issue.path, 'string');
        }
      }),
      { numRuns: runs },
    );
  });

  it('matches any JSON body against itself when there are no rules', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const result = matchRequest(jsonRequest(value), jsonRequest(value));
        assert.deepEqual(result.issues, []);
      }),
      { numRuns: runs },
    );
  });

  it('reports a mismatch when a request body differs from the expected one without rules', () => {
    fc.assert(
      fc.property(jsonValue, jsonValue, (expected, actual) => {
        fc.pre(canonical(expected) !== canonical(actual));
        fc.pre(typeof expected !== 'object' || expected === null || Object.keys(expected).length > 0);
        assert.equal(matchRequest(jsonRequest(expected), jsonRequest(actual)).ok, false);
      }),
      { numRuns: runs },
    );
  });
});

describe('matching engine on extreme input', () => {
  it('matches 10,000 levels of nesting without overflowing the stack', () => {
    const value = nested(10_000, 'leaf');
    assert.equal(matchResponse(response(value), response(value)).ok, true);
  });

  it('finds a difference at the bottom of 10,000 levels of nesting', () => {
    const result = matchResponse(response(nested(10_000, 'leaf')), response(nested(10_000, 'other')));
    assert.equal(result.ok, false);
    assert.equal(result.issues.length, 1);
  });

  it('applies a cascading type rule through 10,000 levels', () => {
    const expected = jsonTextRequest(nested(10_000, 'leaf'), {
      body: { $: { rules: [{ match: 'type' }], combine: 'AND' } },
    });
    assert.equal(matchRequest(expected, jsonTextRequest(nested(10_000, 'other'))).ok, true);
  });

  it('matches an array of 200,000 items against a min-type rule', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => ({ id: i, name: `n${i}` }));
    const expected = jsonRequest([{ id: 1, name: 'x' }], {
      body: { $: { rules: [{ match: 'type', min: 1 }], combine: 'AND' } },
    });
    assert.equal(matchRequest(expected, jsonRequest(items)).ok, true);
  });
});
