import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapEntries } from './json-entries.ts';

describe('mapEntries', () => {
  it('pairs values by key when the actual keys come in the expected order', () => {
    const entries = mapEntries({ b: 1, a: 2 }, JSON.parse('{"b":3,"a":4}'));
    assert.deepEqual(entries.keys, ['a', 'b']);
    assert.deepEqual(entries.expected, [2, 1]);
    assert.deepEqual(entries.actual, [4, 3]);
    assert.equal(entries.missing, 0);
  });

  it('pairs values by key in any other order, with missing keys undefined', () => {
    const entries = mapEntries({ b: 1, a: 2, c: 0 }, { c: 5, z: 6, b: 7 });
    assert.deepEqual(entries.actual, [undefined, 7, 5]);
    assert.deepEqual(entries.actualKeys, ['c', 'z', 'b']);
    assert.equal(entries.missing, 1);
  });

  it('does not take inherited properties for keys', () => {
    const entries = mapEntries({ toString: 1, constructor: 2 }, {});
    assert.deepEqual(entries.actual, [undefined, undefined]);
    assert.equal(entries.missing, 2);
  });
});
