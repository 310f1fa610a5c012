import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definedOnly, isPlainObject, setOwn } from './objects.ts';

describe('object primitives', () => {
  it('isPlainObject accepts objects and refuses null, arrays and scalars', () => {
    assert.equal(isPlainObject({ a: 1 }), true);
    assert.equal(isPlainObject(Object.create(null)), true);
    for (const value of [null, undefined, [1], 'text', 42]) assert.equal(isPlainObject(value), false);
  });

  it('setOwn sets __proto__ as an own enumerable key, not the prototype', () => {
    const map: Record<string, number> = {};
    setOwn(map, '__proto__', 1);
    assert.deepEqual(Object.keys(map), ['__proto__']);
    assert.equal(Object.getPrototypeOf(map), Object.prototype);
  });

  it('definedOnly drops undefined fields and keeps null, false and zero', () => {
    assert.deepEqual(definedOnly({ a: 1, b: undefined, c: null, d: false, e: 0 }), {
      a: 1,
      c: null,
      d: false,
      e: 0,
    });
  });
});
