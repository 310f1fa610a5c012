import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { stringifyJson } from './json-text.ts';

describe('stringifyJson', () => {
  it('writes what JSON.stringify writes, compact and indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        assert.equal(stringifyJson(value, indent), JSON.stringify(value, null, indent));
      }),
    );
  });

  it('writes values nested far deeper than JSON.stringify can', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = i % 2 === 0 ? [deep] : { a: deep };
    const text = stringifyJson(deep);
    assert.equal(text.length, 100_000 * 2 + 50_000 * 4 + 1);
    assert.deepEqual(JSON.parse(text).a !== undefined || Array.isArray(JSON.parse(text)), true);
  });

  it('leaves out undefined entries like JSON.stringify', () => {
    assert.equal(stringifyJson({ a: undefined, b: 1 }), '{"b":1}');
  });
});
