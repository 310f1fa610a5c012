import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue, validatePact } from './validate-pact.ts';

const base = { consumer: { name: 'c' }, provider: { name: 'p' } };
const http = { description: 'd', request: { method: 'GET', path: '/' }, response: { status: 200 } };
const v4 = (interaction: object) => ({
  ...base,
  interactions: [interaction],
  metadata: { pactSpecification: { version: '4.0' } },
});

describe('validatePact', () => {
  it('accepts a minimal valid file of each version', () => {
    for (const version of ['1.0.0', '2.0.0', '3.0.0']) {
      assert.deepEqual(
        validatePact({ ...base, interactions: [http], metadata: { pactSpecification: { version } } }).issues,
        [],
      );
    }
    assert.ok(validatePact(v4({ ...http, type: 'Synchronous/HTTP' })).ok);
  });

  it('reports each problem with its JSON path, expectation and value', () => {
    const result = validatePact(
      {
        ...base,
        interactions: [http, { ...http, request: { method: 'FETCH', path: '/' }, response: { status: 600 } }],
      },
      'a.json',
    );
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map((issue) => formatIssue(issue, 'a.json')),
      [
        'a.json: $.interactions[1].request.method: expected an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, TRACE, CONNECT), got "FETCH" (string)',
        'a.json: $.interactions[1].response.status: expected an HTTP status code (a whole number from 100 to 599), got 600 (number)',
      ],
    );
    assert.deepEqual(result.issues[1], {
      code: 'value',
      path: '$.interactions[1].response.status',
      expected: 'a whole number from 100 to 599',
      actual: 600,
      message: 'expected an HTTP status code (a whole number from 100 to 599), got 600 (number)',
    });
  });

  it('checks V4 bodies, matchers and generators', () => {
    const result = validatePact(
      v4({
        ...http,
        type: 'Synchronous/HTTP',
        request: {
          method: 'POST',
          path: '/',
          body: { Payload: 'x' },
          matchingRules: { body: { '$.a': { combine: 'XOR', matchers: [{ match: 'fuzzy' }] } } },
          generators: { body: { '$.a': { type: 'Regex' } } },
        },
      }),
    );
    assert.deepEqual(
      result.issues.map((i) => i.path),
      [
        '$.interactions[0].request.body.Payload',
        "$.interactions[0].request.matchingRules.body['$.a'].combine",
        "$.interactions[0].request.matchingRules.body['$.a'].matchers[0].match",
        "$.interactions[0].request.generators.body['$.a'].regex",
      ],
    );
  });

  it('accepts status, path and method rules as pact-js writes them (keyed by $) or bare, in V3 and V4', () => {
    const list = (matcher: object) => ({ combine: 'AND', matchers: [matcher] });
    const statusRule = list({ match: 'statusCode', status: [200, 201] });
    const pathRule = list({ match: 'regex', regex: '/items/[0-9]+' });
    const methodRule = list({ match: 'regex', regex: 'GET|HEAD' });
    for (const version of ['3.0.0', '4.0']) {
      for (const keyed of [true, false]) {
        const wrap = (rule: object) => (keyed ? { $: rule } : rule);
        const interaction = {
          ...http,
          ...(version === '4.0' ? { type: 'Synchronous/HTTP' } : {}),
          request: {
            method: 'GET',
            path: '/items/1',
            matchingRules: { path: wrap(pathRule), method: wrap(methodRule) },
          },
          response: { status: 200, matchingRules: { status: wrap(statusRule) } },
        };
        const result = validatePact({
          ...base,
          interactions: [interaction],
          metadata: { pactSpecification: { version } },
        });
        assert.deepEqual(result.issues, [], `${version}, keyed: ${keyed}`);
      }
    }
  });

  it('reads rule categories case-insensitively, as the reader does', () => {
    const interaction = {
      ...http,
      response: {
        status: 200,
        body: { a: 1 },
        matchingRules: { Body: { '$.a': { matchers: [{ match: 'integer' }] } } },
      },
    };
    const result = validatePact({
      ...base,
      interactions: [interaction],
      metadata: { pactSpecification: { version: '3.0.0' } },
    });
    assert.deepEqual(result.issues, []);
  });

  it('infers the version of an undeclared file from its shapes', () => {
    const v2 = validatePact({
      ...base,
      interactions: [{ ...http, providerState: 's', request: { method: 'GET', path: '/', query: 'a=1' } }],
    });
    assert.equal(v2.specVersion, 'V2');
    assert.equal(v2.versionSource, 'inferred');
    assert.ok(v2.ok);
    assert.equal(
      validatePact({ ...base, interactions: [{ ...http, type: 'Synchronous/HTTP' }] }).specVersion,
      'V4',
    );
  });

  it('checks against the version it is told, whatever the file declares', () => {
    const result = validatePact({ ...base, interactions: [http] }, undefined, { specVersion: 'V4' });
    assert.equal(result.issues[0]?.path, '$.interactions[0].type');
  });

  it('rejects non-objects and deeply nested rules without throwing', () => {
    assert.equal(
      validatePact('nope').issues[0]?.message,
      'expected a pact (a JSON object with consumer, provider and interactions), got "nope" (string)',
    );
    let rule: unknown = { match: 'type' };
    for (let i = 0; i < 10_000; i++) rule = { match: 'eachValue', rules: [rule] };
    const result = validatePact(
      v4({
        ...http,
        type: 'Synchronous/HTTP',
        response: { status: 200, matchingRules: { body: { $: { matchers: [rule] } } } },
      }),
    );
    assert.equal(result.issues[0]?.code, 'too-deep');
  });
});
