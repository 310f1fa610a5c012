import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toWireRequest } from './wire-request.ts';

const json = (text: string) => ({
  state: 'present' as const,
  content: new TextEncoder().encode(text),
  contentType: 'application/json',
});

describe('toWireRequest', () => {
  it('joins the base URL, the path and the query', () => {
    const wire = toWireRequest('http://127.0.0.1:1/api/', {
      method: 'GET',
      path: '/orders',
      query: { id: ['1', '2'], q: ['a b'] },
      body: { state: 'missing' },
    });
    assert.equal(wire.url, 'http://127.0.0.1:1/api/orders?id=1&id=2&q=a%20b');
    assert.equal(wire.body, undefined);
  });

  it('percent-encodes unsafe path characters once', () => {
    const wire = toWireRequest('http://h', {
      method: 'GET',
      path: '/a b/%41/100%',
      body: { state: 'missing' },
    });
    assert.equal(wire.url, 'http://h/a%20b/%41/100%25');
  });

  it('adds the body content type as Content-Type when the request has none', () => {
    const wire = toWireRequest('http://h', { method: 'POST', path: '/', body: json('{"a":1}') });
    assert.deepEqual(wire.headers, { 'Content-Type': ['application/json'] });
    assert.equal(new TextDecoder().decode(wire.body), '{"a":1}');
  });

  it('keeps a Content-Type header the pact gives', () => {
    const headers = { 'content-type': ['application/vnd.x+json'] };
    const wire = toWireRequest('http://h', { method: 'POST', path: '/', headers, body: json('{}') });
    assert.deepEqual(wire.headers, headers);
  });

  it('sends an empty body for an empty one', () => {
    const wire = toWireRequest('http://h', { method: 'POST', path: '/', body: { state: 'empty' } });
    assert.equal(wire.body?.length, 0);
  });
});
