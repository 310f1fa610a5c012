import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBody } from './read-body.ts';

const text = (body: ReturnType<typeof readBody>) =>
  body.state === 'present' ? Buffer.from(body.content).toString('utf8') : body.state;

describe('readBody (V1–V3)', () => {
  it('reads an absent body as missing, null as null and "" as empty', () => {
    assert.deepEqual(readBody(undefined, 'V3'), { state: 'missing' });
    assert.deepEqual(readBody(null, 'V2'), { state: 'null' });
    assert.deepEqual(readBody('', 'V1'), { state: 'empty' });
  });

  it('serialises a JSON value and types it as JSON when no header says otherwise', () => {
    const body = readBody({ a: [1, 2] }, 'V3');
    assert.equal(text(body), '{"a":[1,2]}');
    assert.equal(body.state === 'present' && body.contentType, 'application/json');
  });

  it('turns a plain string into a JSON string when the content type is JSON', () => {
    assert.equal(text(readBody('hello', 'V2', 'application/json')), '"hello"');
    assert.equal(text(readBody('{"a":1}', 'V2', 'application/json')), '{"a":1}');
    assert.equal(text(readBody('"quoted"', 'V2', 'application/json')), '"quoted"');
  });

  it('keeps text as it is and decodes base64 for binary content types', () => {
    assert.equal(text(readBody('<a/>', 'V3', 'application/xml')), '<a/>');
    assert.equal(text(readBody('aGk=', 'V3', 'application/octet-stream')), 'hi');
    assert.equal(text(readBody('not base64!', 'V3', 'image/png')), 'not base64!');
  });

  it('detects the content type of a string body with no header', () => {
    const body = readBody('plain words', 'V1');
    assert.equal(body.state === 'present' && body.contentType, 'text/plain');
  });
});

describe('readBody (V4 envelope)', () => {
  it('reads JSON content, base64 content, and the JSON encoding', () => {
    assert.equal(
      text(readBody({ content: { a: 1 }, contentType: 'application/json', encoded: false }, 'V4')),
      '{"a":1}',
    );
    assert.equal(
      text(readBody({ content: 'aGk=', contentType: 'text/plain', encoded: 'base64' }, 'V4')),
      'hi',
    );
    assert.equal(
      text(readBody({ content: '{ "a": 1 }', contentType: 'application/json', encoded: 'JSON' }, 'V4')),
      '{ "a": 1 }',
    );
  });

  it('reads content null as null, empty content as empty, no content as missing', () => {
    assert.deepEqual(readBody({ content: null }, 'V4'), { state: 'null' });
    assert.deepEqual(readBody({ content: '' }, 'V4'), { state: 'empty' });
    assert.deepEqual(readBody({ contentType: 'text/plain' }, 'V4'), { state: 'missing' });
  });

  it('reads an object without envelope keys as a JSON body', () => {
    assert.equal(text(readBody({ Payload: 'exists' }, 'V4')), '{"Payload":"exists"}');
  });

  it('keeps the content type hint', () => {
    const body = readBody(
      { content: 'x', contentType: 'application/x-thing', contentTypeHint: 'TEXT' },
      'V4',
    );
    assert.equal(body.state === 'present' && body.hint, 'TEXT');
  });

  it('falls back to the declared content type (header or metadata)', () => {
    const body = readBody({ content: 'a,b' }, 'V4', 'text/csv');
    assert.equal(body.state === 'present' && body.contentType, 'text/csv');
  });
});
