import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpStatusError, SeamError } from '../../core/index.ts';
import { errorResponseOf, MethodNotAllowedError } from './error-mapper.ts';
import { BodyError } from './request-body.ts';

const noInternal = () => assert.fail('not an internal error');

describe('errorResponseOf', () => {
  it('answers a SeamError with a 4xx status in the Pact Broker error shape', async () => {
    const response = errorResponseOf(new HttpStatusError(404, 'No resource at GET /x.'), noInternal);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/hal+json;charset=utf-8');
    assert.deepEqual(await response.json(), { error: { message: 'No resource at GET /x.' } });
  });

  it('answers validation errors as { errors } with 400', async () => {
    const response = errorResponseOf(new BodyError(400, 'bad', { name: ['is too long'] }), noInternal);
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { errors: { name: ['is too long'] } });
  });

  it('answers 405 with the methods the path allows', async () => {
    const response = errorResponseOf(new MethodNotAllowedError('DELETE', '/p', ['GET', 'POST']), noInternal);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, POST');
    assert.deepEqual(await response.json(), {
      error: { message: 'DELETE is not allowed on /p; use GET or POST.' },
    });
  });

  it('answers anything else with a 500 naming only the reference of the logged detail', async () => {
    for (const error of [new TypeError('secret detail'), new SeamError('io', 'database down: secret')]) {
      let logged: unknown;
      const response = errorResponseOf(error, (detail) => {
        logged = detail;
        return 'ref-1';
      });
      assert.equal(response.status, 500);
      assert.equal(logged, error);
      const body = (await response.json()) as { error: { message: string; reference: string } };
      assert.equal(body.error.reference, 'ref-1');
      assert.doesNotMatch(body.error.message, /secret/);
    }
  });
});
