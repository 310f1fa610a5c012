import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { readRequest, writeRequest } from './http-request.ts';
import { readResponse, writeResponse } from './http-response.ts';
import { readMessage, writeMessage } from './message.ts';

describe('readRequest', () => {
  it('defaults the method and path, upper-cases the method, keeps a V2 query string', () => {
    assert.deepEqual(readRequest({ method: 'post', query: 'a=1&a=2' }, 'V2'), {
      method: 'POST',
      path: '/',
      body: { state: 'missing' },
      query: { a: ['1', '2'] },
      queryString: 'a=1&a=2',
    });
  });

  it('reads the body with the Content-Type header in any case', () => {
    const request = readRequest(
      { path: '/', headers: { 'CONTENT-TYPE': 'application/json' }, body: 'x' },
      'V3',
    );
    assert.equal(request.body.state === 'present' && Buffer.from(request.body.content).toString(), '"x"');
  });

  it('reads the old requestMatchingRules name before V4', () => {
    const request = readRequest({ requestMatchingRules: { '$.body.a': { match: 'type' } } }, 'V2');
    assert.deepEqual(Object.keys(request.matchingRules ?? {}), ['body']);
  });

  it('names the location when the request is not an object', () => {
    assert.throws(
      () => readRequest('GET /', 'V3', 'a.json: $.interactions[0].request'),
      (e) =>
        isSeamError(e, 'invalid-pact') &&
        e.message ===
          'a.json: $.interactions[0].request: expected a request (an object), got "GET /" (string)',
    );
  });

  it('round-trips through the V3 and V4 writers', () => {
    const request = readRequest(
      {
        method: 'PUT',
        path: '/o/1',
        query: { q: ['a', 'b'] },
        headers: { 'Content-Type': 'application/json', Accept: ['a', 'b'] },
        body: { id: 1 },
        matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }] } } },
        generators: { body: { '$.id': { type: 'RandomInt' } } },
      },
      'V3',
    );
    assert.deepEqual(readRequest(writeRequest(request, 'V3'), 'V3'), request);
    assert.deepEqual(readRequest(writeRequest(request, 'V4'), 'V4'), request);
  });
});

describe('readResponse', () => {
  it('defaults the status to 200 and round-trips', () => {
    const response = readResponse({ headers: { A: 'b' }, body: 'text' }, 'V3');
    assert.equal(response.status, 200);
    assert.deepEqual(readResponse(writeResponse(response, 'V4'), 'V4'), response);
  });
});

describe('readMessage', () => {
  it('reads V3 metaData and types contents by its contentType', () => {
    const message = readMessage({ contents: 'a,b', metaData: { contentType: 'text/csv' } }, 'V3');
    assert.deepEqual(message.metadata, { contentType: 'text/csv' });
    assert.equal(message.contents.state === 'present' && message.contents.contentType, 'text/csv');
    assert.deepEqual(readMessage(writeMessage(message, 'V3'), 'V3'), message);
  });

  it('reads a V4 envelope and round-trips', () => {
    const message = readMessage(
      {
        contents: { content: { id: 1 }, contentType: 'application/json', encoded: false },
        metadata: { topic: 'orders' },
        matchingRules: { content: { '$.id': { matchers: [{ match: 'integer' }] } } },
      },
      'V4',
    );
    assert.deepEqual(Object.keys(message.matchingRules ?? {}), ['content']);
    assert.deepEqual(readMessage(writeMessage(message, 'V4'), 'V4'), message);
  });
});
