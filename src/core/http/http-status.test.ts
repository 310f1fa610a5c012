import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeamError } from '../errors.ts';
import { httpStatusOf } from './http-status.ts';
import { HttpStatusError } from './http-status-error.ts';

describe('httpStatusOf', () => {
  it('answers an HttpStatusError with its own status, and it is a SeamError coded by the status', () => {
    const error = new HttpStatusError(413, 'too large');
    assert.equal(httpStatusOf(error), 413);
    assert.ok(error instanceof SeamError);
    assert.equal(error.code, 'too-large');
    assert.equal(new HttpStatusError(400, 'bad target').code, 'invalid-request');
    assert.equal(new HttpStatusError(405, 'no TRACE').code, 'method-not-allowed');
  });

  it('maps a SeamError by its code: misuse 4xx, a broken environment or seam 5xx', () => {
    assert.equal(httpStatusOf(new SeamError('invalid-pact', 'no consumer')), 400);
    assert.equal(httpStatusOf(new SeamError('not-found', 'no such pact')), 404);
    assert.equal(httpStatusOf(new SeamError('io', 'database down')), 502);
    assert.equal(httpStatusOf(new SeamError('internal', 'bug')), 500);
  });

  it('answers 500 for anything that is not a SeamError', () => {
    assert.equal(httpStatusOf(new TypeError('bug')), 500);
    assert.equal(httpStatusOf('text'), 500);
  });
});
