/**
 * Publishing one new pact version many times at once, on each store: exactly one request creates
 * it (201), the others find it (200), and `contract_content_changed` fires once.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: webhook templates hold ${pactbroker.*} placeholders literally.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createBrokerHandler } from '../../../src/broker/create-broker-handler.ts';
import { createWebhookDispatcher } from '../../../src/broker/webhooks/webhook-dispatcher.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const pact = {
  consumer: { name: 'web' },
  provider: { name: 'orders' },
  interactions: [],
  metadata: { pactSpecification: { version: '3.0.0' } },
};

for (const kind of storeKinds)
  describe(`concurrent publication of one pact version (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    it('creates the version once and fires contract_content_changed once for 20 concurrent PUTs', async () => {
      const events: string[] = [];
      await using receiver = await startHttpServer(async (request) => {
        events.push(((await request.json()) as { event: string }).event);
        return new Response('ok');
      });
      const store = await stores.open();
      const webhooks = createWebhookDispatcher(store, { allowHosts: ['127.0.0.1'], retryDelaysMs: [] });
      const handler = createBrokerHandler(store, { webhooks });
      const post = (path: string, body: unknown, method = 'POST') =>
        handler(
          new Request(`http://broker${path}`, {
            method,
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          }),
        );
      const created = await post('/webhooks', {
        events: [{ name: 'contract_content_changed' }, { name: 'contract_published' }],
        request: { method: 'POST', url: `${receiver.url}/hook`, body: { event: '${pactbroker.eventName}' } },
      });
      assert.equal(created.status, 201);

      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          post('/pacts/provider/orders/consumer/web/version/1.0.0', pact, 'PUT'),
        ),
      );
      await webhooks.idle();
      await webhooks.close();

      const statuses = answers.map((answer) => answer.status).sort();
      assert.deepEqual(statuses, [...Array(19).fill(200), 201]);
      assert.equal(events.filter((event) => event === 'contract_content_changed').length, 1);
      assert.equal((await store.listVersions('web')).length, 1);
    });

    it('fires contract_content_changed once for 20 concurrent POST /contracts/publish of one new version', async () => {
      const events: string[] = [];
      await using receiver = await startHttpServer(async (request) => {
        events.push(((await request.json()) as { event: string }).event);
        return new Response('ok');
      });
      const store = await stores.open();
      const webhooks = createWebhookDispatcher(store, { allowHosts: ['127.0.0.1'], retryDelaysMs: [] });
      const handler = createBrokerHandler(store, { webhooks });
      const post = (path: string, body: unknown) =>
        handler(
          new Request(`http://broker${path}`, {
            method: 'POST',
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          }),
        );
      await post('/webhooks', {
        events: [{ name: 'contract_content_changed' }],
        request: { method: 'POST', url: `${receiver.url}/hook`, body: { event: '${pactbroker.eventName}' } },
      });
      const publication = {
        pacticipantName: 'web',
        pacticipantVersionNumber: '2.0.0',
        branch: 'main',
        contracts: [
          {
            consumerName: 'web',
            providerName: 'orders',
            specification: 'pact',
            contentType: 'application/json',
            content: Buffer.from(JSON.stringify(pact)).toString('base64'),
          },
        ],
      };
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => post('/contracts/publish', publication)),
      );
      await webhooks.idle();
      await webhooks.close();
      assert.deepEqual(
        answers.map((answer) => answer.status),
        Array(20).fill(200),
      );
      assert.deepEqual(events, ['contract_content_changed']);
    });
  });
