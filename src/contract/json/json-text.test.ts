import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { referenceStringifyJson } from '../../../test/support/reference-json-text.ts';
import { RawJson, stringifyJson } from './json-text.ts';

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

  it('writes exactly what the previous writer wrote, for plain and non-JSON values alike', () => {
    const odd = fc.oneof(
      fc.date({ noInvalidDate: true }),
      fc.bigInt(),
      fc.constant(undefined),
      fc.constant(() => 1),
      fc.constant(Buffer.from('ab')),
      fc.constant(Number.NaN),
      fc.constant(-0),
      fc.constant({ toJSON: () => 'x' }),
      fc.constant(Object.assign(Object.create(null) as object, { a: 1 })),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        odd,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.constantFrom(0, 2), (item, indent) => {
        assert.equal(stringifyJson(item, indent), referenceStringifyJson(item, indent));
      }),
    );
  });

  it('goes compact past the indent depth, as before', () => {
    for (const levels of [62, 63, 64, 65, 70]) {
      let deep: unknown = { leaf: [1, 2] };
      for (let i = 0; i < levels; i++) deep = i % 2 === 0 ? [deep, i] : { a: deep, b: i };
      assert.equal(stringifyJson(deep, 2), referenceStringifyJson(deep, 2), `${levels} levels`);
    }
  });

  it('indents a value for the depth where it sits in a larger document', () => {
    const value = { a: [1, { b: 'x' }], c: {} };
    const whole = stringifyJson({ outer: [value] }, 2);
    assert.equal(whole, `{\n  "outer": [\n    ${stringifyJson(value, 2, 2)}\n  ]\n}`);
    assert.equal(stringifyJson({ d: new Date(0) }, 2, 2), '{\n      "d": {}\n    }');
  });

  it('writes raw JSON text as it is', () => {
    assert.equal(stringifyJson({ a: new RawJson('[1]'), b: 2 }, 2), '{\n  "a": [1],\n  "b": 2\n}');
  });
});
