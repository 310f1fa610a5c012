import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JsonValue } from '../../core/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import type { RuleList } from '../model.ts';
import { compileRules } from '../rule-selection.ts';
import { compareJson } from './json-walker.ts';

type Rules = Readonly<Record<string, RuleList>>;

const context = (rules: Rules = {}, allowUnexpectedKeys = false): MatchingContext => ({
  rules: compileRules(rules, 'path'),
  allowUnexpectedKeys,
  spec: 'V4',
});
const issues = (expected: JsonValue, actual: JsonValue, rules?: Rules, allow = false) =>
  compareJson(context(rules, allow), expected, actual).map((issue) => `${issue.path} -> ${issue.message}`);
const rule = (...rules: RuleList['rules']): RuleList => ({ rules, combine: 'AND' });

describe('JSON comparison without rules', () => {
  it('reports a different value with both types', () => {
    assert.deepEqual(issues({ a: 'b' }, { a: 'c' }), [
      "$.a -> Expected 'c' (String) to be equal to 'b' (String)",
    ]);
  });

  it('reports a type mismatch for an expected object or array', () => {
    assert.deepEqual(issues({ two: ['b'] }, { two: 'b' }), [
      '$.two -> Type mismatch: Expected \'b\' (String) to be the same type as ["b"] (Array)',
    ]);
  });

  it('rejects unexpected keys in requests and allows them in responses', () => {
    assert.deepEqual(issues({ one: 1, two: 2 }, { one: 1 }), [
      '$ -> Expected a Map with keys [one, two] but received one with keys [one]',
    ]);
    assert.deepEqual(issues({ one: 1 }, { one: 1, two: 2 }, {}, true), []);
    assert.deepEqual(issues({ one: 1, two: 2 }, { one: 1 }, {}, true), [
      '$ -> Actual map is missing the following keys: two',
    ]);
  });

  it('compares arrays item by item, then their length', () => {
    assert.deepEqual(issues([11, 22, 33], [11, 44, 33, 66]), [
      '$[1] -> Expected 44 (Integer) to be equal to 22 (Integer)',
      '$ -> Expected a List with 3 elements but received 4 elements',
    ]);
    assert.deepEqual(issues([], [1]), ['$ -> Expected an empty List but received [1]']);
  });
});

describe('JSON comparison with rules', () => {
  const threeLevel = { one: { a: { ids: [1, 2, 3, 4], status: 'OK' } }, two: [{ ids: [1], status: 'BAD' }] };

  it('cascades a type rule to children until an equality rule resets it', () => {
    const rules = { '$.one': rule({ match: 'type' }), '$.one.a.status': rule({ match: 'equality' }) };
    const actual = { one: { a: { ids: [100], status: 'Lovely' } }, two: [{ ids: [1], status: 'BAD' }] };
    assert.deepEqual(issues(threeLevel, actual, rules), [
      "$.one.a.status -> Expected 'Lovely' (String) to be equal to 'OK' (String)",
    ]);
  });

  it('checks sizes with min/max and compares extra items with the first expected one', () => {
    const rules = {
      '$.one': rule({ match: 'type' }),
      '$.one.a.ids': rule({ match: 'type', min: 1, max: 4 }),
      '$.two.*.ids': rule({ match: 'type', min: 1, max: 4 }),
    };
    const actual = { one: { a: { ids: [], status: 'OK' } }, two: [{ ids: [1, 2, 3, 4, 5], status: 'BAD' }] };
    assert.deepEqual(issues(threeLevel, actual, rules), [
      '$.one.a.ids -> Expected [] (size 0) to have minimum size of 1',
      '$.two[0].ids -> Expected [1, 2, 3, 4, 5] (size 5) to have maximum size of 4',
    ]);
  });

  it('compares every value of a map under a values rule, whatever the keys', () => {
    const rules = { $: rule({ match: 'values' }), '$.*': rule({ match: 'type' }) };
    const expected = { one: 'a', two: 'b' };
    assert.deepEqual(issues(expected, { one: '', three: 'b', four: 'c', five: '100' }, rules), []);
    assert.deepEqual(issues(expected, { one: '', two: 'b', three: 'c', four: 100 }, rules), [
      "$.four -> Expected 100 (Integer) to be the same type as 'a' (String)",
    ]);
  });

  it('checks every key with eachKey and every value with eachValue', () => {
    const regex = { match: 'regex', regex: '[a-z]+' } as const;
    const expected = { one: 'a', two: 'b' };
    assert.deepEqual(
      issues(expected, { one: 'a', two: 'b', '100': 'd' }, { $: rule({ match: 'eachKey', rules: [regex] }) }),
      ["$[100] -> Expected '100' to match '[a-z]+'"],
    );
    assert.deepEqual(
      issues(expected, { one: 'a', four: '100' }, { $: rule({ match: 'eachValue', rules: [regex] }) }),
      ["$.four -> Expected '100' to match '[a-z]+'"],
    );
  });

  it('finds arrayContains variants anywhere in the actual list', () => {
    const variants = [
      { index: 0, rules: { '$.id': rule({ match: 'integer' }) } },
      { index: 1, rules: {} },
    ];
    const rules = { '$.items': rule({ match: 'arrayContains', variants }) };
    const expected = { items: [{ id: 1 }, { id: 'x' }] };
    assert.deepEqual(issues(expected, { items: [{ id: 'x' }, { id: 7 }] }, rules), []);
    assert.deepEqual(issues(expected, { items: [{ id: 7 }] }, rules), [
      '$.items -> Variant at index 1 ({"id":"x"}) was not found in the actual list',
    ]);
  });

  it('passes an OR list when any rule passes', () => {
    const rules = { '$.a': { rules: [{ match: 'integer' }, { match: 'null' }], combine: 'OR' } as RuleList };
    assert.deepEqual(issues({ a: 1 }, { a: null }, rules), []);
    assert.equal(issues({ a: 1 }, { a: 'x' }, rules).length, 2);
  });
});

describe('JSON comparison of extreme documents', () => {
  const nest = (depth: number, leaf: JsonValue): JsonValue => {
    let value = leaf;
    for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
    return value;
  };

  it('walks 10,000 levels of nesting without overflowing the stack', () => {
    assert.deepEqual(issues(nest(10_000, 'x'), nest(10_000, 'x')), []);
    const found = issues(nest(10_000, 'x'), nest(10_000, 'y'));
    assert.equal(found.length, 1);
    assert.match(found[0] ?? '', /Expected 'y' \(String\) to be equal to 'x' \(String\)$/);
  });

  it('matches 200,000 items against a cascading type rule', () => {
    const actual = Array.from({ length: 200_000 }, (_, i) => ({ id: i }));
    assert.deepEqual(issues([{ id: 0 }], actual, { $: rule({ match: 'type', min: 1 }) }), []);
  });
});
