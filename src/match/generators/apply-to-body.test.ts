import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Body, Generator } from '../model.ts';
import { applyToBody } from './apply-to-body.ts';
import type { GeneratorContext, GeneratorIssue } from './context.ts';
import type { Target } from './targets.ts';

const fixed: Generator = { type: 'RandomInt', min: 7, max: 7 };
const target = (key: string): Target => ({ category: 'body', key, generator: fixed });

function body(text: string, contentType?: string): Body {
  const content = new TextEncoder().encode(text);
  return contentType === undefined
    ? { state: 'present', content }
    : { state: 'present', content, contentType };
}

function text(result: Body): string {
  assert.equal(result.state, 'present');
  return result.state === 'present' ? new TextDecoder().decode(result.content) : '';
}

function reporting(issues: GeneratorIssue[]): GeneratorContext {
  return { mode: 'consumer', onIssue: (issue) => issues.push(issue) };
}

describe('applyToBody', () => {
  it('re-encodes JSON compactly with sorted keys, keeping decimals written as 1.0', () => {
    const result = applyToBody(body('{ "z": 1.0, "a": "x" }', 'application/json'), [target('$.a')], {
      mode: 'consumer',
    });
    assert.equal(text(result), '{"a":"7","z":1.0}');
  });

  it('recognises JSON from the declared type or, without one, from the content', () => {
    assert.equal(text(applyToBody(body('{"a":1}'), [target('$.a')], { mode: 'consumer' })), '{"a":7}');
    const hal = body('{"a":1}', 'application/hal+json; charset=utf-8');
    assert.equal(text(applyToBody(hal, [target('$.a')], { mode: 'consumer' })), '{"a":7}');
    assert.equal(
      text(applyToBody(body('{"a":1}'), [target('$.a')], { mode: 'consumer' }, 'application/json')),
      '{"a":7}',
    );
  });

  it('replaces XML text and attributes by element path', () => {
    const xml = '<?xml version="1.0"?><root><a id="1">x</a><a id="2">y</a><b/></root>';
    const targets = [target("$.root.a['#text']"), target("$.root.a['@id']"), target("$.root.b['#text']")];
    const result = text(applyToBody(body(xml, 'application/xml'), targets, { mode: 'consumer' }));
    assert.equal(result, '<?xml version="1.0"?><root><a id="7">7</a><a id="7">7</a><b>7</b></root>');
  });

  it('does not add XML attributes that are not there', () => {
    const result = text(
      applyToBody(body('<a/>', 'text/xml'), [target("$.a['@missing']")], { mode: 'consumer' }),
    );
    assert.equal(result, '<a/>');
  });

  it('replaces form parameters by name and occurrence', () => {
    const form = body('a=1&b=x+y&b=2', 'application/x-www-form-urlencoded');
    assert.equal(text(applyToBody(form, [target('$.b[1]')], { mode: 'consumer' })), 'a=1&b=x+y&b=7');
    assert.equal(text(applyToBody(form, [target('$.a')], { mode: 'consumer' })), 'a=7&b=x+y&b=2');
  });

  it('leaves text, binary and unparseable bodies as they were and reports each generator', () => {
    const issues: GeneratorIssue[] = [];
    const plain = body('some text', 'text/plain');
    assert.equal(applyToBody(plain, [target('$.a')], reporting(issues)), plain);
    const broken = body('{"a": ', 'application/json');
    assert.equal(applyToBody(broken, [target('$.a')], reporting(issues)), broken);
    const binary: Body = {
      state: 'present',
      content: new Uint8Array([0xff, 0xfe]),
      contentType: 'application/json',
    };
    assert.equal(applyToBody(binary, [target('$.a')], reporting(issues)), binary);
    assert.deepEqual(
      issues.map((issue) => issue.message),
      [
        'only JSON, XML and form bodies take generators; the body was left as it was',
        'the body is not valid json; the body was left as it was',
        'only JSON, XML and form bodies take generators; the body was left as it was',
      ],
    );
  });

  it('leaves missing, empty and null bodies alone', () => {
    for (const empty of [{ state: 'missing' }, { state: 'empty' }, { state: 'null' }] as const) {
      assert.equal(applyToBody(empty, [target('$')], { mode: 'consumer' }), empty);
    }
  });
});
