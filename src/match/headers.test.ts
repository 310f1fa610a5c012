import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Headers, SpecVersion } from './model.ts';
import { matchHeaders } from './parts.ts';

const messages = (expected: Headers, actual: Headers, spec: SpecVersion = 'V4') =>
  matchHeaders(expected, actual, { spec }).issues.map((issue) => `${issue.path} -> ${issue.message}`);

describe('header matching', () => {
  it('finds headers by name whatever the case, and ignores extra ones', () => {
    assert.deepEqual(messages({ Accept: ['alligators'] }, { ACCEPT: ['alligators'], Other: ['x'] }), []);
  });

  it('reports a missing header and a different value', () => {
    assert.deepEqual(messages({ 'X-A': ['1'] }, {}), ["X-A -> Expected a header 'X-A' but was missing"]);
    assert.deepEqual(messages({ 'X-A': ['alligators'] }, { 'x-a': ['Alligators'] }), [
      "X-A -> Mismatch with header 'X-A': Expected 'Alligators' to be equal to 'alligators'",
    ]);
  });

  it('splits multi-value headers and ignores whitespace after commas', () => {
    assert.deepEqual(messages({ Accept: ['alligators,hippos'] }, { Accept: ['alligators, hippos'] }), []);
    assert.equal(messages({ Accept: ['alligators, hippos'] }, { Accept: ['hippos, alligators'] }).length, 2);
    assert.deepEqual(messages({ 'X-List': ['a,b'] }, { 'X-List': ['a, b'] }), []);
  });

  it('tolerates extra content-type parameters from V3 on, but not a different charset', () => {
    assert.deepEqual(
      messages(
        { 'Content-Type': ['application/json'] },
        { 'content-type': ['application/json;charset=UTF-8'] },
      ),
      [],
    );
    assert.deepEqual(
      messages(
        { 'content-type': ['application/json;charset=UTF-8'] },
        { 'content-type': ['application/json'] },
      ),
      [
        "content-type -> Mismatch with header 'content-type': Expected header 'content-type' to have value 'application/json;charset=UTF-8' but was 'application/json'",
      ],
    );
    assert.deepEqual(
      messages(
        { 'content-type': ['application/json;charset=UTF-8'] },
        { 'content-type': ['application/json;charset=utf-8'] },
      ),
      [],
    );
  });

  it('tolerates a charset the expected content type does not name in V1 and V2 too, as the reference does', () => {
    assert.equal(
      messages(
        { 'Content-Type': ['application/json'] },
        { 'Content-Type': ['application/json;charset=UTF-8'] },
        'V2',
      ).length,
      0,
    );
  });

  it('accepts extra Accept parameters but reports a missing value', () => {
    const expected = { accept: ['text/html, application/xhtml+xml, application/xml, image/webp, */*'] };
    assert.deepEqual(
      messages(expected, {
        accept: ['text/html, application/xhtml+xml, application/xml;q=0.9, image/webp, */*;q=0.8'],
      }),
      [],
    );
    assert.notEqual(
      messages(expected, { accept: ['text/html, application/xml;q=0.9, image/webp, */*;q=0.8'] }).length,
      0,
    );
  });

  it('applies header rules, coercing numbers from text', () => {
    const rules = { header: { 'X-A': { rules: [{ match: 'number' as const }], combine: 'AND' as const } } };
    assert.equal(matchHeaders({ 'X-A': ['1234'] }, { 'x-a': ['100.4'] }, { rules }).ok, true);
    assert.equal(matchHeaders({ 'X-A': ['1234'] }, { 'x-a': ['abc'] }, { rules }).ok, false);
  });
});
