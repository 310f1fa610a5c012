import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeUtf8 } from '../core/index.ts';
import type { HttpResponse } from './model.ts';
import { matchResponse } from './response.ts';

const response = (status: number, body?: unknown, overrides: Partial<HttpResponse> = {}): HttpResponse => ({
  status,
  body:
    body === undefined
      ? { state: 'missing' }
      : { state: 'present', content: encodeUtf8(JSON.stringify(body)), contentType: 'application/json' },
  ...overrides,
});

describe('matchResponse', () => {
  it('reports a different status', () => {
    assert.deepEqual(
      matchResponse(response(200), response(404)).issues.map((issue) => issue.message),
      ['expected 200 but was 404'],
    );
  });

  it('applies a statusCode rule', () => {
    const matchingRules = {
      status: {
        $: { rules: [{ match: 'statusCode' as const, status: 'success' as const }], combine: 'AND' as const },
      },
    };
    assert.equal(matchResponse(response(200, undefined, { matchingRules }), response(299)).ok, true);
    assert.deepEqual(
      matchResponse(response(200, undefined, { matchingRules }), response(400)).issues.map(
        (issue) => issue.message,
      ),
      ['Expected status code 400 to be a Successful response (200–299)'],
    );
  });

  it('allows unexpected keys in the body but not missing ones', () => {
    assert.equal(matchResponse(response(200, { a: 1 }), response(200, { a: 1, b: 2 })).ok, true);
    assert.equal(matchResponse(response(200, { a: 1, b: 2 }), response(200, { a: 1 })).ok, false);
  });
});
