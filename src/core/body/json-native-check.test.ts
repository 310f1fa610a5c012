import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nativeParseMayDiffer } from './json-native-check.ts';

describe('nativeParseMayDiffer', () => {
  it('flags numbers JSON.parse would change', () => {
    assert.equal(nativeParseMayDiffer('[1.0]'), true);
    assert.equal(nativeParseMayDiffer('{"a":2e2}'), true);
    assert.equal(nativeParseMayDiffer('[12345678901234567]'), true);
    assert.equal(nativeParseMayDiffer('[1.5, -3, 0.25]'), false);
  });

  it('skips what strings hold, escaped quotes included', () => {
    assert.equal(nativeParseMayDiffer('{"id":"3e4f","at":"1.0","n":1}'), false);
    assert.equal(nativeParseMayDiffer('{"a\\"1.0":"x\\\\","b":[2.0]}'), true);
    assert.equal(nativeParseMayDiffer('{"a":"x\\\\","b":"1.0 \\" 1e5"}'), false);
  });

  it('flags strings that are one escaped character, which V8 can decode wrongly', () => {
    assert.equal(nativeParseMayDiffer('{"\\"":1}'), true);
    assert.equal(nativeParseMayDiffer('{"\\u0041":1}'), true);
    assert.equal(nativeParseMayDiffer('{"\\"x":1}'), false);
  });
});
