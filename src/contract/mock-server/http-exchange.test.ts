import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { holdRequestBody } from '../../core/index.ts';
import { fromHttpResponse, fromRawHttpResponse, toHttpRequest } from './http-exchange.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('HTTP exchange conversions', () => {
  it('reads a request: decoded path, query map and string, lower-case headers, body with its type', async () => {
    const request = await toHttpRequest(
      new Request('http://mock.test/a%20b/c?x=1&x=2&y=a+b', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Id': '7' },
        body: '{"a":1}',
      }),
    );
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/a b/c');
    assert.deepEqual(request.query, { x: ['1', '2'], y: ['a b'] });
    assert.equal(request.queryString, 'x=1&x=2&y=a+b');
    assert.deepEqual(request.headers, { 'content-type': ['application/json'], 'x-id': ['7'] });
    assert.equal(request.body.state, 'present');
    assert.equal(request.body.state === 'present' && text(request.body.content), '{"a":1}');
    assert.equal(request.body.state === 'present' && request.body.contentType, 'application/json');
  });

  it('reads no query and an empty body as such, and a body held beside a GET', async () => {
    const plain = await toHttpRequest(new Request('http://mock.test/x'));
    assert.equal(plain.query, undefined);
    assert.deepEqual(plain.body, { state: 'empty' });
    const get = new Request('http://mock.test/search');
    holdRequestBody(get, new TextEncoder().encode('q'));
    const withBody = await toHttpRequest(get);
    assert.equal(withBody.body.state === 'present' && text(withBody.body.content), 'q');
  });

  it('builds a response with every header value and the body content type', async () => {
    const response = fromHttpResponse({
      status: 201,
      headers: { 'X-Many': ['a', 'b'] },
      body: { state: 'present', content: new TextEncoder().encode('{}'), contentType: 'application/json' },
    });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('x-many'), 'a, b');
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.equal(await response.text(), '{}');
    const noContent = fromHttpResponse({
      status: 204,
      body: { state: 'present', content: new Uint8Array([1]) },
    });
    assert.equal(noContent.body, null);
  });

  it('reads a raw client response', () => {
    const response = fromRawHttpResponse({
      status: 200,
      headers: { 'content-type': ['text/plain'] },
      body: new TextEncoder().encode('hi'),
    });
    assert.equal(response.status, 200);
    assert.equal(response.body.state === 'present' && response.body.contentType, 'text/plain');
  });
});
