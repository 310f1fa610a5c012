import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeQueryComponent, parseQueryString, readQueryMap } from './query.ts';

describe('query strings', () => {
  it('parses repeated names in order, values with = and names without a value', () => {
    assert.deepEqual(parseQueryString('a=1&b=x=y&a=2&c&'), { a: ['1', '2'], b: ['x=y'], c: [''] });
  });

  it('decodes + and %XX as UTF-8 and keeps what does not decode', () => {
    assert.equal(decodeQueryComponent('a+b%20c'), 'a b c');
    assert.equal(decodeQueryComponent('%E6%96%87'), '文');
    assert.equal(decodeQueryComponent('100%'), '100%');
    // Characters outside the BMP written as they are (not escaped) stay whole.
    assert.equal(decodeQueryComponent('😀+%F0%9F%98%80'), '😀 😀');
    assert.deepEqual(parseQueryString('q=😀&r=%zz'), { q: ['😀'], r: ['%zz'] });
    assert.equal(decodeQueryComponent('%FF'), '%FF');
  });

  it('reads a V3 map of strings and arrays', () => {
    assert.deepEqual(readQueryMap({ a: 'x', b: ['1', null, 2] }), { a: ['x'], b: ['1', '', '2'] });
  });

  it('keeps a parameter named __proto__ as data', () => {
    const query = parseQueryString('__proto__=1');
    assert.deepEqual(Object.keys(query), ['__proto__']);
  });
});
