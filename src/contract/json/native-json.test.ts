import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNativeJsonSafe } from './native-json.ts';

describe('isNativeJsonSafe', () => {
  it('accepts plain JSON data, with undefined inside containers', () => {
    assert.equal(isNativeJsonSafe({ a: [1, 'x', null, true, undefined], b: { c: Number.NaN } }, 8), true);
    assert.equal(isNativeJsonSafe(Object.assign(Object.create(null) as object, { a: 1 }), 8), true);
  });

  it('refuses what JSON.stringify writes differently from the JSON writer', () => {
    for (const value of [
      { at: new Date(0) },
      [Buffer.from('a')],
      { f: () => 1 },
      { n: 1n },
      { s: Symbol('s') },
      { toJSON: () => 1 },
      [new Map()],
    ]) {
      assert.equal(isNativeJsonSafe(value, 8), false, String(Object.keys(value)));
    }
  });

  it('refuses values nested deeper than the limit', () => {
    assert.equal(isNativeJsonSafe([[[1]]], 2), true);
    assert.equal(isNativeJsonSafe([[[[1]]]], 2), false);
  });
});
