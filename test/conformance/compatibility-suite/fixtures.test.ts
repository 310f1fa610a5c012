import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Body } from '../../../src/match/model.ts';
import { loadBody, readJsonCell } from './fixtures.ts';

function text(body: Body): string {
  assert.equal(body.state, 'present');
  return body.state === 'present' ? new TextDecoder().decode(body.content) : '';
}

describe('fixtures', () => {
  it('reads inline JSON and XML cells, typed by their prefix', () => {
    const json = loadBody('JSON: { "one": 1 } ');
    assert.equal(text(json.body), '{ "one": 1 }');
    assert.equal(json.contentType, 'application/json');
    assert.equal(loadBody('XML: <a/>').contentType, 'application/xml');
  });

  it('reads file cells typed by extension, unless a content type is given', () => {
    assert.equal(loadBody('file: basic.json').contentType, 'application/json');
    assert.equal(loadBody('file: rat.jpg').contentType, 'image/jpeg');
    assert.equal(loadBody('file: sample.pdf').contentType, 'application/pdf');
    assert.equal(
      loadBody('file: rat.jpg', 'application/octet-stream').contentType,
      'application/octet-stream',
    );
    const jpg = loadBody('file: rat.jpg').body;
    assert.ok(jpg.state === 'present' && jpg.content[0] === 0xff && jpg.content[1] === 0xd8);
  });

  it('reads body descriptors: content type, CDATA contents trimmed, CRLF line ends', () => {
    const xml = loadBody('file: xml-body.xml');
    assert.equal(xml.contentType, 'application/xml');
    assert.equal(
      text(xml.body),
      '<?xml version="1.0" encoding="UTF-8" ?>\n<values><one>A</one><two>B</two></values>',
    );
    const multipart = loadBody('file: multipart-body.xml');
    assert.equal(multipart.contentType, 'multipart/mixed; boundary=gc0p4Jq0M2Yt08jU534c0p');
    const contents = text(multipart.body);
    assert.ok(contents.startsWith('--gc0p4Jq0M2Yt08jU534c0p\r\nContent-Type: text/plain\r\n\r\nThis is'));
    assert.ok(!/[^\r]\n/.test(contents));
    assert.equal(text(loadBody('file: text-body.xml').body), 'Hello World!');
  });

  it('reads EMPTY as an empty body of the given type', () => {
    assert.deepEqual(loadBody('EMPTY', 'image/jpeg').body, { state: 'empty', contentType: 'image/jpeg' });
  });

  it('reads JSON cells inline or from fragment files', () => {
    assert.deepEqual(readJsonCell('JSON: { "path": 1 }'), { path: 1 });
    assert.deepEqual(readJsonCell('boolean-generator.json'), {
      body: { '$.one': { type: 'RandomBoolean' } },
    });
  });
});
