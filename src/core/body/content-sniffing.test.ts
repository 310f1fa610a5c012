import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectContentType, sniffContentType } from './content-sniffing.ts';
import { formatContentType } from './content-type.ts';
import { encodeUtf8 } from './utf8.ts';

const detected = (text: string) => {
  const type = detectContentType(encodeUtf8(text));
  return type === undefined ? undefined : formatContentType(type);
};

describe('detectContentType', () => {
  it('recognises JSON, XML, HTML and plain text openings', () => {
    assert.equal(detected('{"a": 1}'), 'application/json');
    assert.equal(detected('<?xml version="1.0"?><a/>'), 'application/xml');
    assert.equal(detected('<alligator name="x"/>'), 'application/xml');
    assert.equal(detected('<!DOCTYPE html><html></html>'), 'text/html');
    assert.equal(detected('hello'), 'text/plain');
  });

  it('gives up on bytes that are not UTF-8', () => {
    assert.equal(detectContentType(new Uint8Array([0xff, 0xfe, 0x00])), undefined);
  });
});

describe('sniffContentType', () => {
  it('detects common binary formats by their magic bytes', () => {
    assert.equal(sniffContentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])), 'image/jpeg');
    assert.equal(
      sniffContentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
      'image/png',
    );
    assert.equal(sniffContentType(encodeUtf8('%PDF-1.4')), 'application/pdf');
    assert.equal(sniffContentType(new Uint8Array([0x50, 0x4b, 0x03, 0x04])), 'application/zip');
  });

  it('calls UTF-8 text text/plain and anything else octet-stream', () => {
    assert.equal(sniffContentType(encodeUtf8('{"a":1}')), 'text/plain');
    assert.equal(sniffContentType(new Uint8Array([0x00, 0xff, 0xfe])), 'application/octet-stream');
  });
});
