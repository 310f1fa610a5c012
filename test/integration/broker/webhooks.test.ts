/**
 * Webhooks through a running broker, on each store: events from publications and verification
 * results reach a real local HTTP receiver (allowed through the address guard), failed deliveries
 * are retried and logged, the guard refuses loopback by default, and closing does not hang.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: webhook templates hold ${pactbroker.*} placeholders literally.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { type StartBrokerOptions, startBroker } from '../../../src/broker/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { contractPublication } from '../../support/contract-publication.ts';
import { httpPact } from '../../support/sample-pacts.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

interface Received {
  readonly path: string;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: webhook bodies are asserted field by field.
  readonly body: any;
}

// A receiver that answers each request with the next status of `statuses` (then 200), or never.
async function startReceiver(statuses: number[] = [], hang = false) {
  const received: Received[] = [];
  const server = await startHttpServer(async (request) => {
    const text = await request.text();
    received.push({
      path: new URL(request.url).pathname,
      headers: request.headers,
      body: parsed(text),
    });
    if (hang) await new Promise(() => {});
    return new Response('received', { status: statuses.shift() ?? 200 });
  });
  return { server, received };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text === '' ? undefined : text;
  }
}

async function eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pact = (n: number) => httpPact([], { metadata: { n } });

const publication = (version: string, n: number) => contractPublication(version, pact(n), { branch: 'main' });

const allEvents = [
  'contract_published',
  'contract_content_changed',
  'contract_requiring_verification_published',
  'provider_verification_published',
  'provider_verification_succeeded',
  'provider_verification_failed',
].map((name) => ({ name }));

// biome-ignore lint/suspicious/noExplicitAny: assertions walk HAL bodies of many shapes.
type Answer = { status: number; json: any; text: string };

function client(url: string) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, json, text };
  };
}

for (const kind of storeKinds)
  describe(`webhooks through seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    const start = async (webhooks: StartBrokerOptions['webhooks']) =>
      startBroker({ ...(await stores.options()), ...(webhooks === undefined ? {} : { webhooks }) });

    it('sends the contract and verification events with their parameters to an allowed receiver', async () => {
      const target = await startReceiver();
      await using _target = target.server;
      await using broker = await start({ allowHosts: ['127.0.0.1'], retryDelaysMs: [10] });
      const call = client(broker.url);
      const created = await call('POST', '/webhooks', {
        description: 'All events',
        events: allEvents,
        request: {
          method: 'POST',
          url: `${target.server.url}/hook/\${pactbroker.consumerName}`,
          headers: { 'X-Event': '${pactbroker.eventName}' },
          body: {
            event: '${pactbroker.eventName}',
            consumer: '${pactbroker.consumerName}',
            provider: '${pactbroker.providerName}',
            consumerVersion: '${pactbroker.consumerVersionNumber}',
            consumerBranch: '${pactbroker.consumerVersionBranch}',
            providerVersion: '${pactbroker.providerVersionNumber}',
            pactUrl: '${pactbroker.pactUrl}',
            verificationResultUrl: '${pactbroker.verificationResultUrl}',
            status: '${pactbroker.githubVerificationStatus}',
          },
        },
      });
      assert.equal(created.status, 201);
      const events = (from: number) =>
        target.received
          .slice(from)
          .map((request) => request.body.event)
          .sort();

      const first = await call('POST', '/contracts/publish', publication('1.0.0', 1));
      assert.equal(first.status, 200);
      await eventually(async () => (target.received.length >= 3 ? true : undefined), 'three events');
      assert.deepEqual(events(0), [
        'contract_content_changed',
        'contract_published',
        'contract_requiring_verification_published',
      ]);
      const published = target.received.find((request) => request.body.event === 'contract_published');
      assert.equal(published?.path, '/hook/web');
      assert.equal(published?.headers.get('x-event'), 'contract_published');
      assert.equal(published?.headers.get('content-type'), 'application/json');
      const sha = String(published?.body.pactUrl).split('/pact-version/')[1] ?? '';
      assert.deepEqual(published?.body, {
        event: 'contract_published',
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1.0.0',
        consumerBranch: 'main',
        providerVersion: '',
        pactUrl: `${broker.url}/pacts/provider/orders/consumer/web/pact-version/${sha}`,
        verificationResultUrl: '',
        status: 'pending',
      });

      // The same content again (the legacy PUT): published, not changed, still unverified.
      const put = await call('PUT', '/pacts/provider/orders/consumer/web/version/1.0.1', pact(1));
      assert.equal(put.status, 201);
      await eventually(async () => (target.received.length >= 5 ? true : undefined), 'two more events');
      assert.deepEqual(events(3), ['contract_published', 'contract_requiring_verification_published']);

      const verified = await call(
        'POST',
        `/pacts/provider/orders/consumer/web/pact-version/${sha}/verification-results`,
        { success: true, providerApplicationVersion: '9.9.9' },
      );
      assert.equal(verified.status, 201);
      await eventually(async () => (target.received.length >= 7 ? true : undefined), 'verification events');
      assert.deepEqual(events(5), ['provider_verification_published', 'provider_verification_succeeded']);
      const succeeded = target.received.find(
        (request) => request.body.event === 'provider_verification_succeeded',
      );
      assert.equal(succeeded?.body.providerVersion, '9.9.9');
      assert.equal(succeeded?.body.status, 'success');
      assert.equal(succeeded?.body.verificationResultUrl, verified.json._links.self.href);

      // Verified content published again requires no verification.
      await call('POST', '/contracts/publish', publication('1.0.2', 1));
      await eventually(async () => (target.received.length >= 8 ? true : undefined), 'one more event');
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(events(7), ['contract_published']);

      const failed = await call(
        'POST',
        `/pacts/provider/orders/consumer/web/pact-version/${sha}/verification-results`,
        { success: false, providerApplicationVersion: '10.0.0' },
      );
      assert.equal(failed.status, 201);
      await eventually(async () => (target.received.length >= 10 ? true : undefined), 'failure events');
      assert.deepEqual(events(8), ['provider_verification_failed', 'provider_verification_published']);
      assert.equal(target.received.at(-1)?.body.status, 'failure');
    });

    it('only fires webhooks whose consumer, provider and events match, and not disabled ones', async () => {
      const target = await startReceiver();
      await using _target = target.server;
      await using broker = await start({ allowHosts: ['127.0.0.1'] });
      const call = client(broker.url);
      await call('POST', '/contracts/publish', publication('1.0.0', 1));
      const hook = (extra: object) => ({
        events: [{ name: 'contract_published' }],
        request: { method: 'POST', url: `${target.server.url}/hook`, body: '${pactbroker.eventName}' },
        ...extra,
      });
      const make = async (name: string, extra: object) =>
        assert.equal((await call('POST', '/webhooks', { ...hook(extra), description: name })).status, 201);
      await make('for web', {
        consumer: { name: 'web' },
        request: { ...hook({}).request, url: `${target.server.url}/web` },
      });
      await make('for orders', {
        provider: { name: 'orders' },
        request: { ...hook({}).request, url: `${target.server.url}/orders` },
      });
      await make('disabled', {
        enabled: false,
        request: { ...hook({}).request, url: `${target.server.url}/disabled` },
      });
      await make('verification only', {
        events: [{ name: 'provider_verification_published' }],
        request: { ...hook({}).request, url: `${target.server.url}/verification` },
      });
      await call('POST', '/contracts/publish', publication('2.0.0', 2));
      await eventually(async () => (target.received.length >= 2 ? true : undefined), 'two deliveries');
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(target.received.map((request) => request.path).sort(), ['/orders', '/web']);
      assert.deepEqual(
        target.received.map((request) => request.body),
        ['contract_published', 'contract_published'],
      );
    });

    it('retries after 500s until a delivery succeeds, logging every attempt', async () => {
      const target = await startReceiver([500, 503]);
      await using _target = target.server;
      await using broker = await start({ allowHosts: ['127.0.0.1'], retryDelaysMs: [10, 20, 30] });
      const call = client(broker.url);
      const created = await call('POST', '/webhooks', {
        events: [{ name: 'contract_published' }],
        request: {
          method: 'POST',
          url: `${target.server.url}/hook`,
          body: { v: '${pactbroker.consumerVersionNumber}' },
        },
      });
      const uuid = created.json.uuid as string;
      await call('POST', '/contracts/publish', publication('1.0.0', 1));
      const triggered = await eventually(async () => {
        const list = await call(
          'GET',
          '/pacts/provider/orders/consumer/web/version/1.0.0/triggered-webhooks',
        );
        const [entry] = list.json._embedded.triggeredWebhooks;
        return entry?.status === 'success' ? entry : undefined;
      }, 'a successful delivery');
      assert.equal(triggered.attemptsMade, 3);
      assert.equal(triggered.eventName, 'contract_published');
      assert.equal(target.received.length, 3);
      assert.deepEqual(
        target.received.map((request) => request.body),
        [{ v: '1.0.0' }, { v: '1.0.0' }, { v: '1.0.0' }],
      );
      const logs = await call('GET', new URL(triggered._links['pb:logs'].href).pathname);
      assert.equal(logs.status, 200);
      assert.match(logs.text, /Attempt 1: POST .*\n[\s\S]*Response: HTTP 500/);
      assert.match(logs.text, /Attempt 2: [\s\S]*Response: HTTP 503/);
      assert.match(logs.text, /Attempt 3: [\s\S]*Response: HTTP 200/);
      const forWebhook = await call('GET', `/webhooks/${uuid}/triggered-webhooks`);
      assert.equal(forWebhook.json._embedded.triggeredWebhooks.length, 1);
      assert.deepEqual(forWebhook.json.summary, { successful: 1, failed: 0, notRun: 0, retrying: 0 });
    });

    it('gives up after the last retry and marks the delivery failed', async () => {
      const target = await startReceiver([500, 500, 500]);
      await using _target = target.server;
      await using broker = await start({ allowHosts: ['127.0.0.1'], retryDelaysMs: [5, 5] });
      const call = client(broker.url);
      await call('POST', '/webhooks', {
        events: [{ name: 'contract_published' }],
        request: { method: 'POST', url: `${target.server.url}/hook` },
      });
      await call('POST', '/contracts/publish', publication('1.0.0', 1));
      const status = await eventually(async () => {
        const list = await call('GET', '/pacts/provider/orders/consumer/web/webhooks/status');
        const [entry] = list.json._embedded.triggeredWebhooks;
        return entry?.status === 'failure' ? list.json : undefined;
      }, 'a failed delivery');
      assert.equal(status._embedded.triggeredWebhooks[0].attemptsMade, 3);
      assert.equal(status.summary.failed, 1);
      assert.equal(target.received.length, 3);
    });

    it('refuses a webhook to a loopback address by default when it is saved, in every IPv6 form', async () => {
      await using broker = await start(undefined);
      const call = client(broker.url);
      for (const host of [
        '127.0.0.1',
        '[::1]',
        '[::127.0.0.1]',
        '[::ffff:127.0.0.1]',
        '[64:ff9b::7f00:1]',
        '[2002:7f00:1::]',
      ]) {
        const created = await call('POST', '/webhooks', {
          events: [{ name: 'contract_published' }],
          request: { method: 'POST', url: `http://${host}:9/hook` },
        });
        assert.equal(created.status, 400, host);
        assert.match(created.json.errors['request.url'][0], /loopback.*--webhook-allow-host/, host);
      }
      await using open = await start({ allowPrivateNetworks: true });
      const allowed = await client(open.url)('POST', '/webhooks', {
        request: { method: 'POST', url: 'http://[::127.0.0.1]:9/hook' },
      });
      assert.equal(allowed.status, 201);
    });

    it('refuses to send to a host name resolving to loopback by default, logs why, and the publication still succeeds', async () => {
      const target = await startReceiver();
      await using _target = target.server;
      await using broker = await start(undefined);
      const call = client(broker.url);
      const created = await call('POST', '/webhooks', {
        events: [{ name: 'contract_published' }],
        request: { method: 'POST', url: `http://localhost:${target.server.port}/hook` },
      });
      assert.equal(created.status, 201);
      const published = await call('POST', '/contracts/publish', publication('1.0.0', 1));
      assert.equal(published.status, 200);
      const triggered = await eventually(async () => {
        const list = await call(
          'GET',
          '/pacts/provider/orders/consumer/web/version/1.0.0/triggered-webhooks',
        );
        const [entry] = list.json._embedded.triggeredWebhooks;
        return entry?.status === 'failure' ? entry : undefined;
      }, 'a refused delivery');
      assert.equal(triggered.attemptsMade, 1, 'a refusal is not retried');
      const logs = await call('GET', new URL(triggered._links['pb:logs'].href).pathname);
      assert.match(
        logs.text,
        /Refused: refused to send to localhost: it resolves to (127\.0\.0\.1|::1), a loopback/,
      );
      const executed = await call('POST', `/webhooks/${created.json.uuid}/execute`);
      assert.equal(executed.status, 500);
      assert.equal(executed.json.success, false);
      assert.match(executed.json.error.message, /loopback \((127\.0\.0\.0\/8|::1)\)/);
      assert.equal(target.received.length, 0);
    });

    it('executes a webhook on request with the latest matching pact, without logging it', async () => {
      const target = await startReceiver();
      await using _target = target.server;
      await using broker = await start({ allowHosts: ['127.0.0.1'] });
      const call = client(broker.url);
      await call('POST', '/contracts/publish', publication('3.0.0', 1));
      const created = await call('POST', '/webhooks', {
        provider: { name: 'orders' },
        consumer: { name: 'web' },
        events: [{ name: 'contract_content_changed' }],
        request: {
          method: 'POST',
          url: `${target.server.url}/hook`,
          body: { v: '${pactbroker.consumerVersionNumber}' },
        },
      });
      const executed = await call('POST', `/webhooks/${created.json.uuid}/execute`);
      assert.equal(executed.status, 200);
      assert.equal(executed.json.success, true);
      assert.equal(executed.json.response.status, 200);
      assert.equal(executed.json.response.body, 'received');
      assert.deepEqual(executed.json.request.body, { v: '3.0.0' });
      assert.equal(
        executed.json._links['try-again'].href,
        `${broker.url}/webhooks/${created.json.uuid}/execute`,
      );
      assert.deepEqual(target.received.at(-1)?.body, { v: '3.0.0' });
    });

    it('closes within the grace period although a receiver never answers, and says so', async () => {
      const target = await startReceiver([], true);
      await using _target = target.server;
      const messages: string[] = [];
      const broker = await start({
        allowHosts: ['127.0.0.1'],
        timeoutMs: 60_000,
        shutdownGraceMs: 100,
        log: (message) => messages.push(message),
      });
      const call = client(broker.url);
      await call('POST', '/webhooks', {
        events: [{ name: 'contract_published' }],
        request: { method: 'POST', url: `${target.server.url}/hook` },
      });
      await call('POST', '/contracts/publish', publication('1.0.0', 1));
      await eventually(async () => (target.received.length === 1 ? true : undefined), 'the hanging delivery');
      await broker.close();
      assert.ok(
        messages.some((message) => /Gave up waiting for 1 webhook deliveries after 100 ms/.test(message)),
        messages.join('\n'),
      );
    });
  });
