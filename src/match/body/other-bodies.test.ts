import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeUtf8 } from '../../core/index.ts';
import type { Body, HttpRequest, MatchingRules } from '../model.ts';
import { matchRequest } from '../request.ts';

const body = (text: string | Uint8Array, contentType: string): Body => ({
  state: 'present',
  content: typeof text === 'string' ? encodeUtf8(text) : text,
  contentType,
});
const post = (content: Body, matchingRules?: MatchingRules): HttpRequest => ({
  method: 'POST',
  path: '/',
  headers: 'contentType' in content && content.contentType ? { 'Content-Type': [content.contentType] } : {},
  body: content,
  ...(matchingRules === undefined ? {} : { matchingRules }),
});
const messages = (expected: HttpRequest, actual: HttpRequest) =>
  matchRequest(expected, actual).issues.map((issue) => `${issue.path} -> ${issue.message}`);
const rootRule = (rule: NonNullable<MatchingRules['body']>[string]['rules'][number]): MatchingRules => ({
  body: { $: { rules: [rule], combine: 'AND' } },
});

describe('plain text bodies', () => {
  it('compares text exactly, or with a rule at $', () => {
    const text = (value: string) => body(value, 'text/plain');
    assert.deepEqual(messages(post(text('alligator named mary')), post(text('alligator named brent'))), [
      "$ -> Expected body 'alligator named mary' to match 'alligator named brent' using equality but did not match",
    ]);
    const rules = rootRule({ match: 'regex', regex: 'alligator named .{4}' });
    assert.deepEqual(
      messages(post(text('alligator named mary'), rules), post(text('alligator named fred'))),
      [],
    );
    assert.equal(
      messages(post(text('alligator named mary'), rules), post(text('alligator named brent'))).length,
      1,
    );
  });
});

describe('binary bodies', () => {
  it('compares bytes, showing the first ones when they differ', () => {
    const bytes = (...values: number[]) => body(new Uint8Array(values), 'application/octet-stream');
    assert.deepEqual(messages(post(bytes(1, 2)), post(bytes(1, 3))), [
      '$ -> Actual body [application/octet-stream, 2 bytes, starting with 0103] is not equal to the expected body [application/octet-stream, 2 bytes, starting with 0102]',
    ]);
  });

  it('applies notEmpty to an empty actual body', () => {
    const expected = post(
      body(new Uint8Array([0xff, 0xd8, 0xff]), 'image/jpeg'),
      rootRule({ match: 'notEmpty' }),
    );
    const actual = post({ state: 'empty', contentType: 'image/jpeg' });
    assert.deepEqual(messages(expected, actual), ['$ -> Expected [] (0 bytes) to not be empty']);
  });
});

describe('form bodies', () => {
  it('compares parameters like a query, with form wording and paths', () => {
    const form = (text: string) => body(text, 'application/x-www-form-urlencoded');
    assert.deepEqual(messages(post(form('a=1&b=2')), post(form('b=2&a=1'))), []);
    assert.deepEqual(messages(post(form('a=b')), post(form('a=c&d=e'))), [
      "$.a -> Expected form post parameter 'a' with value 'b' but was 'c'",
      "$.d -> Unexpected form post parameter 'd' received",
    ]);
  });
});

describe('multipart bodies', () => {
  const multipart = (parts: readonly string[]) =>
    body(
      `${parts.map((part) => `--BOUND\r\n${part}\r\n`).join('')}--BOUND--\r\n`,
      'multipart/form-data; boundary=BOUND',
    );
  const field = (name: string, value: string) =>
    `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`;
  const file = (name: string, type: string, value: string) =>
    `Content-Disposition: form-data; name="${name}"; filename="f"\r\nContent-Type: ${type}\r\n\r\n${value}`;

  it('compares fields and files by part name', () => {
    const expected = multipart([field('a', '1'), file('doc', 'application/json', '{"x":1}')]);
    assert.deepEqual(
      messages(
        post(expected),
        post(multipart([file('doc', 'application/json', '{"x":1}'), field('a', '1')])),
      ),
      [],
    );
    assert.deepEqual(
      messages(
        post(expected),
        post(multipart([field('a', '2'), file('doc', 'application/json', '{"x":2}')])),
      ),
      [
        "$.a -> MIME part 'a': Expected '2' to be equal to '1'",
        "$.x -> MIME part 'doc': Expected 2 (Integer) to be equal to 1 (Integer)",
      ],
    );
  });

  it('reports a missing part', () => {
    assert.deepEqual(messages(post(multipart([field('a', '1')])), post(multipart([field('b', '1')]))), [
      "$ -> Expected a MIME part 'a' but was missing",
    ]);
  });
});
