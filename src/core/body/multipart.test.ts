import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { multipartBoundary, parseDisposition, parseMultipart } from './multipart.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';

const body = [
  'preamble',
  '--XyZ',
  'Content-Disposition: form-data; name="field"',
  '',
  'value',
  '--XyZ',
  'Content-Disposition: form-data; name="file"; filename="a.txt"',
  'Content-Type: text/plain',
  '',
  'line 1',
  'line 2',
  '--XyZ--',
  '',
].join('\r\n');

describe('parseMultipart', () => {
  it('decodes fields and files with their headers', () => {
    const result = parseMultipart(encodeUtf8(body), 'XyZ');
    assert.ok(result.ok);
    const [field, file] = result.parts;
    assert.equal(field?.name, 'field');
    assert.equal(decodeUtf8(field?.data ?? new Uint8Array()), 'value');
    assert.equal(file?.filename, 'a.txt');
    assert.equal(file?.contentType, 'text/plain');
    assert.equal(decodeUtf8(file?.data ?? new Uint8Array()), 'line 1\r\nline 2');
  });

  it('reports a body without the closing boundary', () => {
    const result = parseMultipart(encodeUtf8('--b\r\n\r\nx\r\n'), 'b');
    assert.equal(result.ok, false);
  });
});

describe('multipart headers', () => {
  it('reads the boundary, quoted or not', () => {
    assert.equal(multipartBoundary('multipart/form-data; boundary="a b"'), 'a b');
    assert.equal(multipartBoundary('multipart/form-data; boundary=abc'), 'abc');
    assert.equal(multipartBoundary('multipart/form-data'), undefined);
  });

  it('reads name and filename from Content-Disposition', () => {
    assert.deepEqual(parseDisposition('form-data; name="f"; filename="x.png"'), {
      name: 'f',
      filename: 'x.png',
    });
  });
});
