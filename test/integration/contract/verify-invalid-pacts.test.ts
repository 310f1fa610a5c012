/**
 * `seam verify` validates each pact before replaying it, wherever the pact comes from (a file, a
 * URL, seam's broker on both stores): an invalid pact (a `GETX` request) is a failed verification
 * carrying the validation errors, and nothing of it reaches the provider.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startBroker } from '../../../src/broker/index.ts';
import { main } from '../../../src/cli/main.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { capturedIo } from '../../support/captured-io.ts';
import { httpPact } from '../../support/sample-pacts.ts';
import { brokerStores, storeKinds } from '../broker/broker-stores.ts';

const invalidPact = httpPact([
  {
    description: 'a request with a made-up method',
    request: { method: 'GETX', path: '/orders/7' },
    response: { status: 200 },
  },
]);
const methodIssue =
  /\$\.interactions\[0\]\.request\.method: expected an HTTP method \(GET, POST, .*\), got "GETX" \(string\)/;

/** A provider that counts the requests it gets, and serves the invalid pact at /pact.json. */
async function startCountingProvider() {
  const seen: string[] = [];
  const server = await startHttpServer(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/pact.json') return Response.json(invalidPact);
    seen.push(`${request.method} ${pathname}`);
    return Response.json({});
  });
  return Object.assign(server, { seen });
}

describe('seam verify with an invalid pact', () => {
  let dir = '';
  let file = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-verify-invalid-'));
    file = path.join(dir, 'web-orders.json');
    await writeFile(file, JSON.stringify(invalidPact));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('fails a pact file with its validation errors and sends nothing', async () => {
    await using provider = await startCountingProvider();
    const { io, text } = capturedIo();
    assert.equal(await main(['verify', '--provider-base-url', provider.url, file], io), 1);
    assert.match(text(), methodIssue);
    assert.match(text(), /1 interaction: 0 passed, 1 failed/);
    assert.deepEqual(provider.seen, []);
  });

  it('fails a pact URL with its validation errors and sends nothing', async () => {
    await using provider = await startCountingProvider();
    const { io, text } = capturedIo();
    const args = ['verify', '--provider-base-url', provider.url, '--pact-url', `${provider.url}/pact.json`];
    assert.equal(await main([...args, '--json'], io), 1);
    const report = JSON.parse(text());
    assert.equal(report.ok, false);
    assert.equal(report.results[0].issues[0].code, 'invalid-pact');
    assert.equal(report.results[0].issues[0].path, '$.interactions[0].request.method');
    assert.deepEqual(provider.seen, []);
  });

  for (const kind of storeKinds) {
    it(`fails a pact from the broker with its validation errors, sends nothing and publishes the failure (${kind})`, async () => {
      const stores = brokerStores(kind);
      try {
        await using broker = await startBroker({
          dataDir: path.join(dir, kind),
          ...(await stores.options()),
        });
        await using provider = await startCountingProvider();
        const put = await fetch(`${broker.url}/pacts/provider/orders/consumer/web/version/1.0.0`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(invalidPact),
        });
        assert.ok(put.ok, `publish: ${put.status}`);
        const { io, text } = capturedIo();
        const args = ['verify', '--provider-base-url', provider.url, '--broker-url', broker.url];
        const code = await main(
          [...args, '--provider', 'orders', '--publish', '--provider-version', '2.0.0'],
          io,
        );
        assert.equal(code, 1, text());
        assert.match(text(), methodIssue);
        assert.deepEqual(provider.seen, []);
        const latest = await fetch(`${broker.url}/pacts/provider/orders/consumer/web/latest`);
        const links = ((await latest.json()) as { _links: Record<string, { href: string }> })._links;
        const verification = await fetch(links['pb:latest-verification-results']?.href ?? '');
        assert.equal(((await verification.json()) as { success: boolean }).success, false);
      } finally {
        await stores.dropAll();
      }
    });
  }
});
