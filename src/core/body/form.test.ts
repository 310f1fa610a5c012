import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeFormComponent, groupFormPairs, parseFormPairs } from './form.ts';

describe('form decoding', () => {
  it('decodes plus signs and percent escapes, keeping bad escapes as written', () => {
    assert.equal(decodeFormComponent('a+b%21%E6%96%87'), 'a b!文');
    assert.equal(decodeFormComponent('100%zz'), '100%zz');
  });

  it('splits on the first equals sign and skips empty pairs', () => {
    assert.deepEqual(parseFormPairs('options=a=b&flag&&x=%3D'), [
      ['options', 'a=b'],
      ['flag', undefined],
      ['x', '='],
    ]);
  });

  it('groups repeated names keeping value order', () => {
    assert.deepEqual(
      { ...groupFormPairs(parseFormPairs('a=1&b=2&a=3&c')) },
      { a: ['1', '3'], b: ['2'], c: [''] },
    );
  });
});
