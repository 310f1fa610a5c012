import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpRequest, Query, RuleList } from './model.ts';
import { matchQuery } from './parts.ts';
import { matchRequest } from './request.ts';

const messages = (expected: Query, actual: Query, rules?: Readonly<Record<string, RuleList>>) =>
  matchQuery(expected, actual, rules ? { rules: { query: rules } } : {}).issues.map(
    (issue) => `${issue.path} -> ${issue.message}`,
  );
const get = (queryString: string): HttpRequest => ({
  method: 'GET',
  path: '/',
  queryString,
  body: { state: 'missing' },
});

describe('query matching', () => {
  it('ignores parameter order but keeps the order of repeated values', () => {
    assert.deepEqual(messages({ a: ['1'], b: ['2'] }, { b: ['2'], a: ['1'] }), []);
    assert.deepEqual(messages({ animal: ['alligator', 'hippo'] }, { animal: ['hippo', 'alligator'] }), [
      "animal -> Expected query parameter 'animal' with value 'alligator' but was 'hippo'",
      "animal -> Expected query parameter 'animal' with value 'hippo' but was 'alligator'",
    ]);
  });

  it('reports missing and unexpected parameters', () => {
    assert.deepEqual(messages({ a: ['1'], b: ['2'] }, { a: ['1'], c: ['3'] }), [
      "b -> Expected query parameter 'b' but was missing",
      "c -> Unexpected query parameter 'c' received",
    ]);
  });

  it('reports a different number of values', () => {
    assert.deepEqual(messages({ a: ['1', '2'] }, { a: ['1'] }), [
      "a -> Expected query parameter 'a' value '2' but was missing",
      "a -> Expected query parameter 'a' with 2 value(s) but received 1 value(s)",
    ]);
  });

  it('applies rules to every value of a parameter', () => {
    const rules = { a: { rules: [{ match: 'regex' as const, regex: '\\d{1,4}' }], combine: 'AND' as const } };
    assert.deepEqual(messages({ a: ['1'] }, { a: ['123', '9999'] }, rules), []);
    assert.deepEqual(messages({ a: ['1'] }, { a: ['12345'] }, rules), [
      "a -> Expected '12345' to match '\\d{1,4}'",
    ]);
  });

  it('compares V1 query strings as written, in order', () => {
    assert.equal(matchRequest(get('a=1&b=2'), get('b=2&a=1'), { spec: 'V1' }).ok, false);
    assert.equal(matchRequest(get('a=1&b=2'), get('a=1&b=2&'), { spec: 'V1' }).ok, false);
    assert.equal(matchRequest(get('o=x=true&b=1'), get('o=x%3Dtrue&b=1'), { spec: 'V1' }).ok, true);
  });
});
