/**
 * Broker auth over the wire, route by route. The router does not export its route table, so the
 * routes are collected from every module of src/broker/api/ and src/broker/ui/ (anything exported
 * that looks like a route, or a list of them): a route added there later is covered without
 * editing this file.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { requiredAccess } from '../../../src/broker/auth/required-access.ts';
import { type BrokerAuthOptions, startBroker } from '../../../src/broker/index.ts';
import { verifyProvider } from '../../../src/contract/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { orderPact, usePactFolder } from '../../support/order-pact.ts';
import { seamPublish } from '../../support/seam-publish.ts';
import { latestVerificationResult, ordersVerification } from '../../support/verification-results.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

interface RouteShape {
  readonly method: string;
  readonly pattern: string;
}

const routeDirs = [
  new URL('../../../src/broker/api/', import.meta.url),
  new URL('../../../src/broker/ui/', import.meta.url),
];

function isRoute(value: unknown): value is RouteShape {
  const candidate = value as Partial<Record<string, unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.method === 'string' &&
    typeof candidate.pattern === 'string' &&
    typeof candidate.handle === 'function'
  );
}

async function brokerRoutes(): Promise<RouteShape[]> {
  const found = new Map<string, RouteShape>();
  for (const dir of routeDirs) {
    const files = (await readdir(dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    for (const file of files) {
      const exports = (await import(new URL(file, dir).href)) as Record<string, unknown>;
      for (const value of Object.values(exports))
        for (const item of Array.isArray(value) ? value : [value])
          if (isRoute(item)) found.set(`${item.method} ${item.pattern}`, item);
    }
  }
  return [...found.values()];
}

// Any value will do for a parameter: auth is decided before routing.
function samplePath(pattern: string): string {
  return pattern.replace(/:[A-Za-z]+/g, (name) => (name === ':id' ? '1' : `sample-${name.slice(1)}`));
}

const tokens = { readToken: 'read-token', writeToken: 'write-token' };
const basicAuth = { username: 'ci', password: 'ci-secret' };
const basicAuthReadOnly = { username: 'dev', password: 'dev-secret' };
const auth: BrokerAuthOptions = { ...tokens, basicAuth, basicAuthReadOnly };
const basic = (user: { username: string; password: string }) =>
  `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;

async function send(url: string, route: RouteShape, authorization?: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
  const response = await fetch(`${url}${samplePath(route.pattern)}`, {
    method: route.method,
    headers,
    ...(hasBody ? { body: '{}' } : {}),
  });
  await response.arrayBuffer();
  return response.status;
}

for (const kind of storeKinds)
  describe(`broker auth, route by route (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    let routes: RouteShape[];
    before(async () => {
      routes = await brokerRoutes();
    });

    it('finds the routes of the API, writes among them', () => {
      assert.ok(routes.length >= 10, `only ${routes.length} routes found`);
      assert.ok(routes.some((route) => route.method === 'POST' && route.pattern === '/contracts/publish'));
      assert.ok(routes.some((route) => requiredAccess(route.method, route.pattern) === 'write'));
    });

    it('refuses every write route without credentials (401) and with read-only ones (403)', async () => {
      await using broker = await startBroker({ ...(await stores.options()), auth });
      for (const route of routes.filter((r) => requiredAccess(r.method, samplePath(r.pattern)) === 'write')) {
        const name = `${route.method} ${route.pattern}`;
        assert.equal(await send(broker.url, route), 401, name);
        assert.equal(await send(broker.url, route, 'Bearer wrong'), 401, name);
        assert.equal(await send(broker.url, route, `Bearer ${tokens.readToken}`), 403, name);
        assert.equal(await send(broker.url, route, basic(basicAuthReadOnly)), 403, name);
        for (const authorization of [`Bearer ${tokens.writeToken}`, basic(basicAuth)]) {
          const status = await send(broker.url, route, authorization);
          assert.ok(status !== 401 && status !== 403, `${name} with write credentials: ${status}`);
        }
      }
    });

    it('serves every read route to read credentials, and anonymously only with public read', async () => {
      await using closed = await startBroker({ ...(await stores.options()), auth });
      await using open = await startBroker({
        ...(await stores.options()),
        auth: { ...auth, allowPublicRead: true },
      });
      const reads = routes.filter((r) => requiredAccess(r.method, samplePath(r.pattern)) === 'read');
      assert.ok(
        reads.some((route) => route.method === 'POST'),
        'POST for-verification is a read',
      );
      for (const route of reads) {
        const name = `${route.method} ${route.pattern}`;
        assert.equal(await send(closed.url, route), 401, name);
        for (const authorization of [
          `Bearer ${tokens.readToken}`,
          basic(basicAuthReadOnly),
          basic(basicAuth),
        ]) {
          const status = await send(closed.url, route, authorization);
          assert.ok(status !== 401 && status !== 403, `${name}: ${status}`);
        }
        const anonymous = await send(open.url, route);
        assert.ok(
          anonymous !== 401 && anonymous !== 403,
          `${name} anonymously with public read: ${anonymous}`,
        );
      }
    });

    it('keeps writes closed when public read is on', async () => {
      await using broker = await startBroker({
        ...(await stores.options()),
        auth: { ...auth, allowPublicRead: true },
      });
      for (const route of routes.filter((r) => requiredAccess(r.method, samplePath(r.pattern)) === 'write'))
        assert.equal(await send(broker.url, route), 401, `${route.method} ${route.pattern}`);
    });
  });

for (const kind of storeKinds)
  describe(`seam's clients with an authenticated broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    const folder = usePactFolder('seam-broker-auth-', orderPact({ body: { id: '7' } }));

    const publish = (url: string, ...credentials: string[]) =>
      seamPublish(folder.dir, url, '1.0.0', ...credentials);

    it('seam publish needs write credentials: token or username and password', async () => {
      await using broker = await startBroker({ ...(await stores.options()), auth });
      const anonymous = await publish(broker.url);
      assert.equal(anonymous.code, 1);
      assert.match(anonymous.err, /answered 401/);
      const readOnly = await publish(broker.url, '--broker-token', tokens.readToken);
      assert.equal(readOnly.code, 1);
      assert.match(readOnly.err, /answered 403.*needs write access/);
      assert.equal((await publish(broker.url, '--broker-token', tokens.writeToken)).code, 0);
      const byUser = await publish(broker.url, '--broker-username', 'ci', '--broker-password', 'ci-secret');
      assert.equal(byUser.code, 0, byUser.err);
    });

    it("seam's verifier fetches with a read token and publishes results with a write token", async () => {
      await using broker = await startBroker({ ...(await stores.options()), auth });
      await using provider = await startHttpServer(async () => Response.json({ id: '7' }));
      assert.equal((await publish(broker.url, '--broker-token', tokens.writeToken)).code, 0);
      const verify = (token: string) =>
        verifyProvider({
          ...ordersVerification(provider.url, broker.url),
          pactBrokerToken: token,
          providerVersionBranch: 'main',
        });
      const written = await verify(tokens.writeToken);
      assert.equal(written.ok, true, JSON.stringify(written));
      assert.equal(written.summary.passed, 1);
      const latest = await latestVerificationResult(broker.url, 'latest', {
        headers: { authorization: `Bearer ${tokens.readToken}` },
      });
      assert.equal(latest.status, 200);
      assert.equal(((await latest.json()) as { success: boolean }).success, true);

      const readOnly = await verify(tokens.readToken);
      assert.equal(readOnly.summary.passed, 1, 'a read token fetches the pacts');
      assert.match(readOnly.warnings.join('\n'), /Could not publish the verification results.*answered 403/);
    });

    it("seam's verifier reads with basic auth and a read-only user", async () => {
      await using broker = await startBroker({ ...(await stores.options()), auth });
      await using provider = await startHttpServer(async () => Response.json({ id: '7' }));
      assert.equal((await publish(broker.url, '--broker-token', tokens.writeToken)).code, 0);
      const report = await verifyProvider({
        providerBaseUrl: provider.url,
        pactBrokerUrl: broker.url,
        pactBrokerUsername: basicAuthReadOnly.username,
        pactBrokerPassword: basicAuthReadOnly.password,
        provider: 'orders',
      });
      assert.equal(report.ok, true, JSON.stringify(report));
      assert.equal(report.summary.passed, 1);
    });
  });
