import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Body } from '../../match/index.ts';
import { readBody } from './read-body.ts';
import { writeBodyV3, writeBodyV4 } from './write-body.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const samples: Array<[string, Body]> = [
  ['missing', { state: 'missing' }],
  ['null', { state: 'null' }],
  ['empty', { state: 'empty' }],
  ['compact JSON', { state: 'present', content: bytes('{"a":[1,true]}'), contentType: 'application/json' }],
  ['spaced JSON object', { state: 'present', content: bytes('{ "a": 1 }'), contentType: 'application/json' }],
  ['JSON string', { state: 'present', content: bytes('"hi"'), contentType: 'application/json' }],
  ['text', { state: 'present', content: bytes('hello'), contentType: 'text/plain' }],
  [
    'binary',
    { state: 'present', content: new Uint8Array([0, 255, 1]), contentType: 'application/octet-stream' },
  ],
];

describe('body writers', () => {
  for (const [name, body] of samples) {
    it(`V4 round-trips a ${name} body`, () => {
      assert.deepEqual(
        readBody(writeBodyV4(body), 'V4', body.state === 'present' ? body.contentType : undefined),
        body,
      );
    });
    it(`V3 round-trips a ${name} body given its Content-Type header`, () => {
      const header = body.state === 'present' ? body.contentType : undefined;
      assert.deepEqual(readBody(writeBodyV3(body), 'V3', header), body);
    });
  }

  it('writes the V4 envelope with encoded false for JSON and base64 for binary', () => {
    assert.deepEqual(writeBodyV4(samples[3]![1]), {
      content: { a: [1, true] },
      contentType: 'application/json',
      encoded: false,
    });
    assert.deepEqual(writeBodyV4(samples[7]![1]), {
      content: 'AP8B',
      contentType: 'application/octet-stream',
      encoded: 'base64',
    });
  });
});
