/**
 * `seam verify --header` (like the Pact verifier's `-H/--header`) adds headers to every request
 * sent to the provider, and `seam verify` reads the broker and its credentials from
 * `PACT_BROKER_BASE_URL`, `PACT_BROKER_TOKEN`, `PACT_BROKER_USERNAME` and `PACT_BROKER_PASSWORD`
 * like the other broker commands, against seam's broker with auth on both stores.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startBroker } from '../../../src/broker/index.ts';
import { main } from '../../../src/cli/main.ts';
import { verifyProvider } from '../../../src/contract/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { capturedIo } from '../../support/captured-io.ts';
import { httpPact, jsonResponse, messagePact } from '../../support/sample-pacts.ts';
import { brokerStores, storeKinds } from '../broker/broker-stores.ts';

const pact = httpPact([
  {
    description: 'a request for order 7',
    request: { method: 'GET', path: '/orders/7', headers: { Authorization: 'Bearer from-the-pact' } },
    response: jsonResponse({ id: '7' }),
  },
]);

/** A provider that keeps the headers of each request it gets. */
async function startRecordingProvider() {
  const seen: Headers[] = [];
  const server = await startHttpServer(async (request) => {
    seen.push(request.headers);
    return Response.json({ id: '7' });
  });
  return Object.assign(server, { seen });
}

const brokerVariables = [
  'PACT_BROKER_BASE_URL',
  'PACT_BROKER_TOKEN',
  'PACT_BROKER_USERNAME',
  'PACT_BROKER_PASSWORD',
];

async function withEnvironment<T>(values: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(brokerVariables.map((name) => [name, process.env[name]]));
  for (const name of brokerVariables) delete process.env[name];
  Object.assign(process.env, values);
  try {
    return await run();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe('seam verify --header and PACT_BROKER_* variables', () => {
  let dir = '';
  let file = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-verify-headers-'));
    file = path.join(dir, 'web-orders.json');
    await writeFile(file, JSON.stringify(pact));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('adds each --header (Name: value or NAME=VALUE) to the requests, over the pact’s own', async () => {
    await using provider = await startRecordingProvider();
    const { io, text } = capturedIo();
    const args = ['verify', '--provider-base-url', provider.url, file];
    const code = await main([...args, '--header', 'Authorization: Bearer t0ken', '-H', 'X-Trace=abc=1'], io);
    assert.equal(code, 0, text());
    assert.equal(provider.seen.length, 1);
    assert.equal(provider.seen[0]?.get('authorization'), 'Bearer t0ken');
    assert.equal(provider.seen[0]?.get('x-trace'), 'abc=1');
  });

  it('takes customHeaders in the library, applied before the request filter', async () => {
    await using provider = await startRecordingProvider();
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      customHeaders: { 'X-Trace': 'lib' },
      requestFilter: (request) => ({
        ...request,
        headers: { ...request.headers, 'X-Seen': [request.headers?.['X-Trace']?.[0] ?? 'none'] },
      }),
    });
    assert.equal(report.ok, true);
    assert.equal(provider.seen[0]?.get('x-trace'), 'lib');
    assert.equal(provider.seen[0]?.get('x-seen'), 'lib');
  });

  it('adds the headers to the message proxy request too', async () => {
    await using provider = await startRecordingProvider();
    const messages = path.join(dir, 'web-events.json');
    const eventPact = messagePact([
      { description: 'an order event', contents: { id: '7' }, metadata: { contentType: 'application/json' } },
    ]);
    await writeFile(messages, JSON.stringify(eventPact));
    const { io, text } = capturedIo();
    const code = await main(
      ['verify', '--provider-base-url', provider.url, messages, '-H', 'X-Trace: m'],
      io,
    );
    assert.equal(code, 0, text());
    assert.equal(provider.seen[0]?.get('x-trace'), 'm');
  });

  it('exits 2 for a --header that is not a header', async () => {
    for (const header of ['no separator', ': empty name', 'Bad Name: x', 'X-Ok: line\nbreak']) {
      const { io, errors } = capturedIo();
      const code = await main(
        ['verify', '--provider-base-url', 'http://127.0.0.1:1', file, '--header', header],
        io,
      );
      assert.equal(code, 2, header);
      assert.match(errors(), /--header/);
    }
  });

  for (const kind of storeKinds) {
    it(`fetches from the broker PACT_BROKER_BASE_URL names, with PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PASSWORD (${kind})`, async () => {
      const stores = brokerStores(kind);
      try {
        const auth = {
          readToken: 'read-t',
          writeToken: 'write-t',
          basicAuth: { username: 'ci', password: 'pw' },
        };
        await using broker = await startBroker({ ...(await stores.options()), auth });
        await using provider = await startRecordingProvider();
        const put = await fetch(`${broker.url}/pacts/provider/orders/consumer/web/version/1.0.0`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: 'Bearer write-t' },
          body: JSON.stringify(pact),
        });
        assert.ok(put.ok, `publish: ${put.status}`);
        const args = ['verify', '--provider-base-url', provider.url, '--provider', 'orders'];
        for (const credentials of [
          { PACT_BROKER_TOKEN: 'read-t' },
          { PACT_BROKER_USERNAME: 'ci', PACT_BROKER_PASSWORD: 'pw' },
        ]) {
          const { io, text } = capturedIo();
          const code = await withEnvironment({ PACT_BROKER_BASE_URL: broker.url, ...credentials }, () =>
            main(args, io),
          );
          assert.equal(code, 0, `${JSON.stringify(credentials)}: ${text()}`);
          assert.match(text(), /1 interaction: 1 passed, 0 failed/);
        }
        const { io, errors } = capturedIo();
        const refused = await withEnvironment({ PACT_BROKER_BASE_URL: broker.url }, () => main(args, io));
        assert.equal(refused, 2);
        assert.match(errors(), /401/);
      } finally {
        await stores.dropAll();
      }
    });
  }
});
