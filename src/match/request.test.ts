import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeUtf8 } from '../core/index.ts';
import type { Body, HttpRequest } from './model.ts';
import { matchRequest } from './request.ts';

const json = (value: unknown): Body => ({
  state: 'present',
  content: encodeUtf8(JSON.stringify(value)),
  contentType: 'application/json',
});
const request = (overrides: Partial<HttpRequest> = {}): HttpRequest => ({
  method: 'GET',
  path: '/orders',
  body: { state: 'missing' },
  ...overrides,
});
const messages = (expected: HttpRequest, actual: HttpRequest) =>
  matchRequest(expected, actual).issues.map((issue) => `${issue.code} ${issue.path} -> ${issue.message}`);

describe('matchRequest', () => {
  it('matches a request against itself', () => {
    const full = request({
      query: { a: ['1'] },
      headers: { Accept: ['text/plain'] },
      body: json({ a: [1, 'x'] }),
    });
    assert.deepEqual(matchRequest(full, full), { ok: true, issues: [] });
  });

  it('compares the method without case and the path exactly', () => {
    assert.deepEqual(messages(request(), request({ method: 'get' })), []);
    assert.deepEqual(messages(request(), request({ method: 'POST', path: '/orders/' })), [
      'method $ -> expected GET but was POST',
      "path $ -> Expected '/orders/' to be equal to '/orders'",
    ]);
  });

  it('applies path rules', () => {
    const matchingRules = {
      path: { $: { rules: [{ match: 'regex' as const, regex: '/orders/\\d+' }], combine: 'AND' as const } },
    };
    assert.equal(
      matchRequest(request({ path: '/orders/1', matchingRules }), request({ path: '/orders/42' })).ok,
      true,
    );
    assert.equal(
      matchRequest(request({ path: '/orders/1', matchingRules }), request({ path: '/orders/x' })).ok,
      false,
    );
  });

  it('treats a missing expected body as anything goes and an empty one as must be empty', () => {
    assert.equal(matchRequest(request(), request({ body: json({ a: 1 }) })).ok, true);
    assert.deepEqual(messages(request({ body: { state: 'empty' } }), request({ body: json({ a: 1 }) })), [
      'body $ -> Expected empty body but received Present(7 bytes, application/json)',
    ]);
  });

  it('reports a body of another content type', () => {
    const xml: Body = { state: 'present', content: encodeUtf8('<a/>'), contentType: 'application/xml' };
    assert.deepEqual(messages(request({ body: json({}) }), request({ body: xml })), [
      "body-type $ -> Expected a body of 'application/json' but the actual content type was 'application/xml'",
    ]);
  });

  it('sniffs the content type of a body that declares none', () => {
    const untyped = (text: string): Body => ({ state: 'present', content: encodeUtf8(text) });
    assert.deepEqual(
      messages(request({ body: untyped('{"a": 1}') }), request({ body: untyped('{"a": 2}') })),
      ['body $.a -> Expected 2 (Integer) to be equal to 1 (Integer)'],
    );
  });

  it('never throws on hostile rules', () => {
    const matchingRules = {
      body: { '$.a': { rules: [{ match: 'regex' as const, regex: '([' }], combine: 'AND' as const } },
    };
    const result = matchRequest(
      request({ body: json({ a: 'x' }), matchingRules }),
      request({ body: json({ a: 'y' }) }),
    );
    assert.equal(result.ok, false);
    assert.match(result.issues[0]?.message ?? '', /is not a valid regular expression/);
  });
});
