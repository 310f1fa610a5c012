import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrokerAuthOptions } from './broker-auth-options.ts';
import { withAuth } from './with-auth.ts';

const inner = async (request: Request) =>
  Response.json({ reached: `${request.method} ${new URL(request.url).pathname}` });

const options: BrokerAuthOptions = {
  readToken: 'read-t',
  writeToken: 'write-t',
  basicAuth: { username: 'ci', password: 'pw:with:colons' },
  basicAuthReadOnly: { username: 'dev', password: 'dev-pw' },
};

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

function call(auth: BrokerAuthOptions, method: string, path: string, authorization?: string) {
  const headers = authorization === undefined ? {} : { authorization };
  return withAuth(inner, auth)(new Request(`http://broker${path}`, { method, headers }));
}

describe('withAuth', () => {
  it('returns the handler unchanged when no credential is configured', () => {
    assert.equal(withAuth(inner, {}), inner);
    assert.equal(withAuth(inner, { allowPublicRead: true }), inner);
  });

  it('answers 401 with WWW-Authenticate and a JSON error when credentials are missing', async () => {
    const response = await call(options, 'GET', '/pacticipants');
    assert.equal(response.status, 401);
    assert.match(response.headers.get('www-authenticate') ?? '', /Bearer realm="seam broker".*Basic realm/);
    const body = (await response.json()) as { error: { message: string } };
    assert.match(body.error.message, /GET \/pacticipants needs read access/);
  });

  it('answers 401 for an unknown token, a wrong password and an unknown scheme', async () => {
    assert.equal((await call(options, 'GET', '/', 'Bearer nope')).status, 401);
    assert.equal((await call(options, 'GET', '/', basic('ci', 'wrong'))).status, 401);
    assert.equal((await call(options, 'GET', '/', basic('dev', 'pw:with:colons'))).status, 401);
    assert.equal((await call(options, 'GET', '/', 'Digest abc')).status, 401);
    assert.equal((await call(options, 'GET', '/', 'Bearer')).status, 401);
  });

  it('lets read and write credentials read', async () => {
    for (const authorization of [
      'Bearer read-t',
      'Bearer write-t',
      basic('dev', 'dev-pw'),
      basic('ci', 'pw:with:colons'),
    ])
      assert.equal((await call(options, 'GET', '/pacticipants', authorization)).status, 200, authorization);
    assert.equal((await call(options, 'HEAD', '/', 'Bearer read-t')).status, 200);
  });

  it('answers 403 to read-only credentials on a write, and lets write credentials through', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const denied = await call(options, method, '/contracts/publish', 'Bearer read-t');
      assert.equal(denied.status, 403, method);
      assert.match(
        ((await denied.json()) as { error: { message: string } }).error.message,
        /needs write access/,
      );
      assert.equal((await call(options, method, '/contracts/publish', basic('dev', 'dev-pw'))).status, 403);
      assert.equal((await call(options, method, '/contracts/publish', 'Bearer write-t')).status, 200);
      assert.equal(
        (await call(options, method, '/contracts/publish', basic('ci', 'pw:with:colons'))).status,
        200,
      );
    }
  });

  it('treats POST for-verification as a read, as the Pact Broker does', async () => {
    assert.equal(
      (await call(options, 'POST', '/pacts/provider/orders/for-verification', 'Bearer read-t')).status,
      200,
    );
    assert.equal((await call(options, 'POST', '/pacts/provider/orders/for-verification')).status, 401);
  });

  it('lets anonymous reads through with allowPublicRead, but not writes', async () => {
    const open = { ...options, allowPublicRead: true };
    assert.equal((await call(open, 'GET', '/pacticipants')).status, 200);
    assert.equal((await call(open, 'POST', '/pacts/provider/orders/for-verification')).status, 200);
    assert.equal((await call(open, 'PUT', '/pacts/provider/o/consumer/w/version/1')).status, 401);
    assert.equal(
      (await call(open, 'PUT', '/pacts/provider/o/consumer/w/version/1', 'Bearer read-t')).status,
      403,
    );
  });

  it('names only the configured schemes in WWW-Authenticate', async () => {
    const tokensOnly = await call({ writeToken: 'w' }, 'GET', '/');
    assert.equal(tokensOnly.headers.get('www-authenticate'), 'Bearer realm="seam broker"');
    const basicOnly = await call({ basicAuth: { username: 'a', password: 'b' } }, 'GET', '/');
    assert.match(basicOnly.headers.get('www-authenticate') ?? '', /^Basic realm="seam broker"/);
  });

  it('never grants access through an empty configured token', async () => {
    assert.equal((await call({ readToken: '', writeToken: 'w' }, 'GET', '/', 'Bearer ')).status, 401);
  });
});
