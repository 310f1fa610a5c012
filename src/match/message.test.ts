import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeUtf8 } from '../core/index.ts';
import { matchMessage } from './message.ts';
import type { Message } from './model.ts';

const message = (
  contents: unknown,
  metadata?: Record<string, unknown>,
  overrides: Partial<Message> = {},
): Message => ({
  contents: {
    state: 'present',
    content: encodeUtf8(JSON.stringify(contents)),
    contentType: 'application/json',
  },
  ...(metadata === undefined ? {} : { metadata }),
  ...overrides,
});

describe('matchMessage', () => {
  it('compares contents, allowing unexpected keys', () => {
    assert.equal(matchMessage(message({ a: 1 }), message({ a: 1, b: 2 })).ok, true);
    assert.deepEqual(
      matchMessage(message({ a: 1 }), message({ a: 2 })).issues.map((issue) => issue.path),
      ['$.a'],
    );
  });

  it('applies content rules (category content, or body in V3 files)', () => {
    const rules = { '$.a': { rules: [{ match: 'integer' as const }], combine: 'AND' as const } };
    assert.equal(
      matchMessage(message({ a: 1 }, undefined, { matchingRules: { content: rules } }), message({ a: 7 })).ok,
      true,
    );
    assert.equal(
      matchMessage(message({ a: 1 }, undefined, { matchingRules: { body: rules } }), message({ a: 7 })).ok,
      true,
    );
  });

  it('requires expected metadata and applies metadata rules', () => {
    const matchingRules = {
      metadata: {
        Origin: { rules: [{ match: 'regex' as const, regex: '\\w{3}-\\d+' }], combine: 'AND' as const },
      },
    };
    const expected = message({}, { Origin: 'AXP-1000' }, { matchingRules });
    assert.equal(matchMessage(expected, message({}, { Origin: 'ABC-1', extra: 1 })).ok, true);
    assert.deepEqual(
      matchMessage(expected, message({}, { Origin: 'AAAB-123' })).issues.map((issue) => issue.message),
      [
        `Expected metadata key 'Origin' to have value '"AXP-1000"' but was '"AAAB-123"' - Expected 'AAAB-123' to match '\\w{3}-\\d+'`,
      ],
    );
    assert.deepEqual(
      matchMessage(message({}, { a: 1 }), message({})).issues.map((issue) => issue.message),
      ["Expected message metadata 'a' but was missing"],
    );
  });

  it('compares the content type metadata as a parameterised value', () => {
    const expected = message({}, { contentType: 'application/json' });
    assert.equal(
      matchMessage(expected, message({}, { contentType: 'application/json;charset=utf-8' })).ok,
      true,
    );
  });
});
