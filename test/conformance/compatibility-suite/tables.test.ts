import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyBody, parseHeaders, parseHeaderValue, parseQuery, tableRecords } from './tables.ts';
import { createRequest } from './world.ts';

describe('tables', () => {
  it('reads a table as records keyed by the first row', () => {
    const step = {
      text: 't',
      table: [
        ['query', 'desc'],
        ['a=1', 'one'],
        ['a=2', 'two'],
      ],
    };
    assert.deepEqual(tableRecords(step), [
      { query: 'a=1', desc: 'one' },
      { query: 'a=2', desc: 'two' },
    ]);
  });

  it('parses quoted header items and splits values on commas, except single-value headers', () => {
    assert.deepEqual(parseHeaders("'X-A: 100', 'X-B: 1'"), { 'X-A': ['100'], 'X-B': ['1'] });
    assert.deepEqual(parseHeaderValue('accept', 'text/html, */*;q=0.8'), ['text/html', '*/*;q=0.8']);
    assert.deepEqual(parseHeaderValue('Date', 'Mon, 01 Jan 2024'), ['Mon, 01 Jan 2024']);
  });

  it('parses query strings with repeated and valueless parameters', () => {
    assert.deepEqual(parseQuery('a=1&b=2&a=3&c&d=%20x'), { a: ['1', '3'], b: ['2'], c: [''], d: [' x'] });
  });

  it('sets a body and its Content-Type header, replacing any previous one', () => {
    const request = { ...createRequest(), headers: { 'Content-Type': ['text/plain'], 'X-A': ['1'] } };
    applyBody(request, 'JSON: { "a": 1 }');
    assert.deepEqual(request.headers, { 'X-A': ['1'], 'content-type': ['application/json'] });
    assert.equal(request.body.state, 'present');
  });
});
