import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { readMatchingRule } from './read-rule.ts';

describe('readMatchingRule', () => {
  it('normalises aliases', () => {
    assert.deepEqual(readMatchingRule({ min: 1 }), { match: 'type', min: 1 });
    assert.deepEqual(readMatchingRule({ match: 'type', min: '2', max: 5 }), {
      match: 'type',
      min: 2,
      max: 5,
    });
    assert.deepEqual(readMatchingRule({ match: 'datetime', format: 'yyyy' }), {
      match: 'timestamp',
      format: 'yyyy',
    });
    assert.deepEqual(readMatchingRule({ match: 'timestamp', timestamp: 'HH' }), {
      match: 'timestamp',
      format: 'HH',
    });
    assert.deepEqual(readMatchingRule({ date: 'yyyy-MM-dd' }), { match: 'date', format: 'yyyy-MM-dd' });
    assert.deepEqual(readMatchingRule({ match: 'real' }), { match: 'decimal' });
    assert.deepEqual(readMatchingRule({ 'pact:matcher:type': 'not-empty' }), { match: 'notEmpty' });
  });

  it('reads V4 matchers with nested rules', () => {
    assert.deepEqual(
      readMatchingRule({ match: 'eachKey', rules: [{ match: 'regex', regex: '^k' }], value: { k: 1 } }),
      {
        match: 'eachKey',
        rules: [{ match: 'regex', regex: '^k' }],
        value: { k: 1 },
      },
    );
    assert.deepEqual(readMatchingRule({ match: 'statusCode', status: [200, 201] }), {
      match: 'statusCode',
      status: [200, 201],
    });
    assert.deepEqual(readMatchingRule({ match: 'statusCode' }), { match: 'statusCode', status: 'success' });
    assert.deepEqual(
      readMatchingRule({
        match: 'arrayContains',
        variants: [
          {
            index: 0,
            rules: { '$.id': { matchers: [{ match: 'integer' }] } },
            generators: { '$.id': { type: 'RandomInt' } },
          },
          { index: 1 },
        ],
      }),
      {
        match: 'arrayContains',
        variants: [
          {
            index: 0,
            rules: { '$.id': { rules: [{ match: 'integer' }], combine: 'AND' } },
            generators: { '$.id': { type: 'RandomInt' } },
          },
          { index: 1, rules: { $: { rules: [{ match: 'equality' }], combine: 'AND' } } },
        ],
      },
    );
  });

  it('rejects an unknown type, a missing field and a non-object with the location', () => {
    assert.throws(
      () => readMatchingRule({ match: 'fuzzy' }, '$.x'),
      (e) =>
        isSeamError(e, 'invalid-matching-rule') &&
        /fuzzy/.test(e.message) &&
        e.message.startsWith('$.x.match'),
    );
    assert.throws(() => readMatchingRule({ match: 'regex' }), /needs a "regex" field/);
    assert.throws(() => readMatchingRule(42), /must be an object, got 42 \(number\)/);
    assert.throws(() => readMatchingRule({ foo: 1 }), /needs a "match" field/);
  });

  it('rejects rules nested too deep instead of overflowing the stack', () => {
    let rule: unknown = { match: 'type' };
    for (let i = 0; i < 10_000; i++) rule = { match: 'eachValue', rules: [rule] };
    assert.throws(() => readMatchingRule(rule), /nest deeper than/);
  });
});
