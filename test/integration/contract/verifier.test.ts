/**
 * The provider verifier against real providers on node:http (port 0): passing and failing
 * contracts, state handlers and the state-setup URL, pending interactions, hostile providers,
 * messages, and pacts fetched over HTTP.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  formatVerificationReport,
  type StateHandler,
  type VerificationReport,
  verifyProvider,
} from '../../../src/contract/index.ts';
import { messagePact } from '../../support/sample-pacts.ts';
import { getOrder, type OrderProvider, ordersPact, startOrderProvider } from './verifier-provider.ts';

const messagesPact = 'examples/pacts/order-service-inventory-service-messages.json';
let dir = '';
let provider: OrderProvider;

async function pactFile(name: string, json: unknown): Promise<string> {
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(json));
  return file;
}

function handlers(): Record<string, StateHandler> {
  return {
    'an order exists': {
      setup: (params) => {
        provider.orders.set(String(params.id), { id: String(params.id), total: 5.5 });
      },
      teardown: () => provider.orders.clear(),
    },
  };
}

function result(report: VerificationReport, description: string) {
  const found = report.results.find((r) => r.description === description);
  assert.ok(found, `no result for "${description}"`);
  return found;
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seam-verifier-'));
  provider = await startOrderProvider();
});
after(async () => {
  await provider.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  provider.broken = false;
  provider.orders.clear();
  provider.seen.length = 0;
  provider.stateCalls.length = 0;
});

describe('verifyProvider over HTTP', () => {
  it('passes a provider that honours the pact, with state params feeding the path generator', async () => {
    const file = await pactFile('ok', ordersPact());
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      stateHandlers: handlers(),
    });
    assert.equal(report.ok, true, formatVerificationReport(report));
    assert.deepEqual(report.summary, { total: 3, passed: 3, failed: 0, pendingFailed: 0 });
    assert.ok(provider.seen.includes('GET /orders/42'));
    assert.equal(provider.orders.size, 0, 'teardown ran');
  });

  it('reports a wrong field type, a missing field and a wrong status, with paths', async () => {
    provider.broken = true;
    const file = await pactFile('broken', ordersPact());
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      stateHandlers: handlers(),
    });
    assert.equal(report.ok, false);
    const get = result(report, 'get an order').issues.map((i) => `${i.code} ${i.path}`);
    assert.ok(get.includes('body $.total'), get.join());
    assert.ok(get.includes('body $'), get.join()); // items missing: reported on the object
    const create = result(report, 'create an order').issues;
    assert.ok(create.some((i) => i.code === 'status' && i.expected === 201 && i.actual === 200));
    assert.equal(result(report, 'a health check').ok, true);
    const text = formatVerificationReport(report);
    assert.match(text, /1\) get an order \(given "an order exists"\) — web → orders/);
    assert.match(text, /body \$\.total: .*\n {7}expected: 5\.5\n {7}actual: {3}"5\.5"/);
  });

  it('feeds values returned by a state handler to ProviderState generators', async () => {
    const file = await pactFile('values', ordersPact());
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      stateHandlers: {
        'an order exists': () => {
          provider.orders.set('77', { id: '77', total: 5.5 });
          return { id: '77' };
        },
      },
    });
    assert.ok(provider.seen.includes('GET /orders/77'));
    assert.equal(result(report, 'get an order').issues[0]?.path, '$.id'); // 77 is not the example 42
  });

  it('fails only the interaction whose state handler throws, with a clear message, and goes on', async () => {
    const file = await pactFile('throws', ordersPact());
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      stateHandlers: {
        'an order exists': () => {
          throw new Error('database is down');
        },
      },
    });
    const failed = result(report, 'get an order');
    assert.equal(failed.issues[0]?.code, 'state-setup');
    assert.match(failed.issues[0]?.message ?? '', /provider state "an order exists".*database is down/);
    assert.equal(provider.seen.filter((s) => s.startsWith('GET /orders')).length, 0);
    assert.equal(result(report, 'create an order').ok, true);
    assert.equal(report.summary.failed, 1);
  });

  it('POSTs { consumer, state, params, action } to the provider-states setup URL and uses its answer', async () => {
    const file = await pactFile('setup-url', ordersPact());
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      providerStatesSetupUrl: `${provider.url}/_pact/state`,
    });
    assert.equal(report.ok, true, formatVerificationReport(report));
    assert.deepEqual(provider.stateCalls, [
      { consumer: 'web', state: '', params: {}, action: 'setup' },
      { consumer: 'web', state: '', params: {}, action: 'teardown' },
      { consumer: 'web', state: 'an order exists', params: { id: '42' }, action: 'setup' },
      { consumer: 'web', state: 'an order exists', params: { id: '42' }, action: 'teardown' },
      { consumer: 'web', state: '', params: {}, action: 'setup' },
      { consumer: 'web', state: '', params: {}, action: 'teardown' },
    ]);
  });

  it('reports a failing pending interaction without failing the run', async () => {
    const pending = getOrder('a pending order view', 'an order exists', { pending: true });
    (pending.response as { status: number }).status = 418;
    const file = await pactFile('pending', ordersPact([pending]));
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      stateHandlers: handlers(),
    });
    assert.equal(report.ok, true);
    assert.equal(report.summary.pendingFailed, 1);
    assert.equal(result(report, 'a pending order view').pending, true);
    assert.match(formatVerificationReport(report), /\[pending: does not fail the run\]/);
  });

  it('sends requests through the request filter, and fails an interaction whose filter throws', async () => {
    const file = await pactFile('filter', ordersPact());
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      stateHandlers: handlers(),
      requestFilter: (request) => {
        if (request.method === 'POST') throw new Error('no token');
        return { ...request, query: { via: ['filter'] } };
      },
    });
    assert.ok(provider.seen.includes('GET /health?via=filter'));
    assert.equal(result(report, 'a health check').ok, true);
    assert.match(
      result(report, 'create an order').issues[0]?.message ?? '',
      /request filter threw: no token/,
    );
  });

  it('skips pacts for another provider, with a warning', async () => {
    const file = await pactFile('other', ordersPact());
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      provider: 'billing',
    });
    assert.equal(report.results.length, 0);
    assert.match(report.warnings[0] ?? '', /provider "orders", not "billing"/);
  });

  it('fetches pacts from URLs with a bearer token', async () => {
    const server = http.createServer((request, response) => {
      const ok = request.headers.authorization === 'Bearer s3cret';
      response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      response.end(ok ? JSON.stringify(ordersPact()) : '{}');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pacts/web-orders`;
    try {
      const report = await verifyProvider({
        providerBaseUrl: provider.url,
        pactUrls: [url],
        pactBrokerToken: 's3cret',
        stateHandlers: handlers(),
      });
      assert.equal(report.ok, true, formatVerificationReport(report));
      assert.equal(report.results[0]?.source, url);
      await assert.rejects(
        verifyProvider({ providerBaseUrl: provider.url, pactUrls: [url] }),
        /answered 401/,
      );
    } finally {
      server.close();
    }
  });

  it('fetches pacts for verification from a Pact Broker and publishes the results', async () => {
    const pact = ordersPact() as { interactions: Record<string, unknown>[] };
    const calls: { method: string; url: string; body: unknown }[] = [];
    const broker = http.createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
      calls.push({ method: request.method ?? '', url: request.url ?? '', body });
      const base = `http://127.0.0.1:${(broker.address() as AddressInfo).port}`;
      const answers: Record<string, unknown> = {
        '/': {
          _links: {
            'pb:provider-pacts-for-verification': {
              href: `${base}/pacts/provider/{provider}/for-verification`,
            },
          },
        },
        '/pacts/provider/orders/for-verification': {
          _embedded: {
            pacts: [
              { verificationProperties: { pending: true }, _links: { self: { href: `${base}/pacts/1` } } },
            ],
          },
        },
        '/pacts/1': {
          ...pact,
          interactions: pact.interactions.map((each, index) => ({ ...each, _id: `id-${index}` })),
          _links: { 'pb:publish-verification-results': { href: `${base}/results/1` } },
        },
      };
      response.writeHead(200, { 'content-type': 'application/hal+json' });
      response.end(JSON.stringify(answers[request.url ?? ''] ?? {}));
    });
    broker.listen(0, '127.0.0.1');
    await once(broker, 'listening');
    provider.broken = true;
    try {
      const report = await verifyProvider({
        providerBaseUrl: provider.url,
        pactBrokerUrl: `http://127.0.0.1:${(broker.address() as AddressInfo).port}`,
        pactBrokerToken: 't',
        provider: 'orders',
        consumerVersionSelectors: [{ mainBranch: true }],
        enablePending: true,
        stateHandlers: handlers(),
        publishVerificationResult: true,
        providerVersion: '1.0.0',
        providerVersionBranch: 'main',
      });
      assert.equal(report.ok, true, 'a pending pact does not fail the run');
      assert.equal(report.summary.pendingFailed, 2);
      const selection = calls.find((c) => c.url.endsWith('/for-verification'))?.body;
      assert.deepEqual(selection, {
        consumerVersionSelectors: [{ mainBranch: true }],
        includePendingStatus: true,
        providerVersionBranch: 'main',
      });
      assert.ok(
        calls.some(
          (c) => c.method === 'PUT' && c.url === '/pacticipants/orders/branches/main/versions/1.0.0',
        ),
      );
      const published = calls.find((c) => c.url === '/results/1')?.body as {
        success: boolean;
        testResults: unknown[];
      };
      assert.equal(published.success, false);
      assert.equal(published.testResults.length, 3);
      // As the Pact verifier: each result names the broker's interaction id; failures say which.
      const results = published.testResults as Record<string, unknown>[];
      assert.deepEqual(
        results.map((result) => result.interactionId),
        ['id-0', 'id-1', 'id-2'],
      );
      const failed = results.find((result) => result.success === false);
      const index = results.indexOf(failed ?? {});
      assert.equal(failed?.interactionDescription, pact.interactions[index]?.description);
      assert.ok(Array.isArray(failed?.mismatches) && failed.mismatches.length > 0);
    } finally {
      broker.close();
    }
  });
});

describe('verifyProvider against a hostile provider', () => {
  let hostile: net.Server;
  let hostileUrl = '';
  before(async () => {
    hostile = net.createServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', (chunk) => {
        const target = chunk.toString('latin1').split(' ')[1];
        if (target === '/garbage') socket.end('\u0000\u0001 not HTTP at all\r\n\r\n');
        else if (target === '/close') socket.destroy();
        else if (target === '/huge') {
          socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 3000000\r\n\r\n');
          socket.end(Buffer.alloc(3_000_000, 97));
        } else if (target === '/half') socket.end('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nshort');
        // '/hang': never answers.
      });
    });
    hostile.listen(0, '127.0.0.1');
    await once(hostile, 'listening');
    hostileUrl = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
  });
  after(() => {
    hostile.close();
  });

  const get = (p: string) => ({
    type: 'Synchronous/HTTP',
    description: `GET ${p}`,
    request: { method: 'GET', path: p },
    response: { status: 200 },
  });

  it('fails each interaction with a message and never hangs', async () => {
    const interactions = ['/garbage', '/close', '/hang', '/huge', '/half'].map(get);
    const file = await pactFile('hostile', { ...(ordersPact() as object), interactions });
    const report = await verifyProvider({
      providerBaseUrl: hostileUrl,
      pactFiles: [file],
      timeout: 300,
      maxResponseBytes: 1_000_000,
    });
    assert.equal(report.summary.failed, 5);
    for (const r of report.results) {
      assert.equal(r.issues[0]?.code, 'request');
      assert.match(r.issues[0]?.message ?? '', /^Request failed: GET http:\/\/127\.0\.0\.1:\d+\//);
    }
    assert.match(result(report, 'GET /hang').issues[0]?.message ?? '', /within 300 ms/);
    assert.match(result(report, 'GET /huge').issues[0]?.message ?? '', /1000000-byte limit/);
  });

  it('fails every interaction of an unreachable provider', async () => {
    const closed = net.createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const file = await pactFile('unreachable', ordersPact());
    const report = await verifyProvider({
      providerBaseUrl: `http://127.0.0.1:${port}`,
      pactFiles: [file],
      stateHandlers: handlers(),
    });
    assert.equal(report.summary.failed, 3);
    assert.ok(report.results.every((r) => r.issues[0]?.code === 'request'));
  });
});

describe('verifyProvider for messages', () => {
  const stockDepleted = ({ states }: { states: Readonly<Record<string, unknown>> }) => ({
    contents: {
      event: 'StockDepleted',
      sku: states.sku,
      warehouse: 'BER-1',
      occurredAt: '2026-03-02T08:00:00Z',
    },
    metadata: { contentType: 'application/json', topic: 'inventory.stock', kafka_key: states.sku },
  });

  it('verifies asynchronous and synchronous messages from message providers', async () => {
    const requests: unknown[] = [];
    const report = await verifyProvider({
      pactFiles: [messagesPact],
      messageProviders: {
        'a stock-depleted event': stockDepleted,
        'a stock check over the message bus': ({ request }) => {
          requests.push(request?.contents);
          return [{ contents: { sku: 'SKU-1', available: 3 } }];
        },
      },
    });
    assert.equal(report.ok, true, formatVerificationReport(report));
    assert.deepEqual(requests, [{ sku: 'SKU-1' }]);
  });

  it('reports content and metadata mismatches, and a missing or throwing message provider', async () => {
    const report = await verifyProvider({
      pactFiles: [messagesPact],
      messageProviders: {
        'a stock-depleted event': () => ({
          contents: { event: 'StockDepleted', sku: 'X', warehouse: 'BER-1', occurredAt: 'later' },
          metadata: { contentType: 'application/json', topic: 'inventory.stock', kafka_key: 'nope' },
        }),
        'a stock check over the message bus': () => {
          throw new Error('bus offline');
        },
      },
    });
    const event = result(report, 'a stock-depleted event').issues.map((i) => `${i.code} ${i.path}`);
    assert.ok(event.includes('body $.sku') && event.includes('body $.occurredAt'), event.join());
    assert.ok(event.includes('metadata kafka_key'), event.join());
    const rpc = result(report, 'a stock check over the message bus').issues[0];
    assert.equal(rpc?.code, 'message-provider');
    assert.match(rpc?.message ?? '', /bus offline/);
    const none = await verifyProvider({ pactFiles: [messagesPact] });
    assert.match(
      none.results[0]?.issues[0]?.message ?? '',
      /no message provider is named "a stock-depleted event"/,
    );
  });

  it('verifies V3 message pacts', async () => {
    const file = await pactFile(
      'v3-messages',
      messagePact([
        {
          description: 'an order-created event',
          providerStates: [{ name: 'an order exists', params: { id: 7 } }],
          contents: { id: 7, kind: 'created' },
          metaData: { contentType: 'application/json' },
          matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }] } } },
        },
      ]),
    );
    const produce = (id: unknown) => () => ({ contents: { id, kind: 'created' } });
    const good = await verifyProvider({
      pactFiles: [file],
      stateHandlers: { 'an order exists': () => ({ id: 8 }) },
      messageProviders: { 'an order-created event': ({ states }) => produce(states.id)() },
    });
    assert.equal(good.ok, true, formatVerificationReport(good));
    const bad = await verifyProvider({
      pactFiles: [file],
      messageProviders: { 'an order-created event': produce('7') },
    });
    assert.equal(bad.results[0]?.issues[0]?.path, '$.id');
  });

  it('asks the provider base URL for messages (the Pact message proxy convention)', async () => {
    const asked: unknown[] = [];
    const server = http.createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      asked.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      const metadata = { topic: 'inventory.stock', kafka_key: 'SKU-2' };
      response.writeHead(200, {
        'content-type': 'application/json',
        'pact-message-metadata': Buffer.from(JSON.stringify(metadata)).toString('base64'),
      });
      response.end(
        JSON.stringify({
          event: 'StockDepleted',
          sku: 'SKU-2',
          warehouse: 'BER-1',
          occurredAt: '2026-03-02T08:00:00Z',
        }),
      );
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const report = await verifyProvider({
        providerBaseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        pactFiles: [messagesPact],
      });
      assert.equal(result(report, 'a stock-depleted event').ok, true, formatVerificationReport(report));
      assert.deepEqual(asked[0], {
        description: 'a stock-depleted event',
        providerStates: [{ name: 'SKU-2 has just sold out', params: { sku: 'SKU-2' } }],
      });
    } finally {
      server.close();
    }
  });
});
