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
import { contractPublication } from '../../support/contract-publication.ts';
import { handlerCall } from '../../support/handler-call.ts';
import { emptyPact } from '../../support/order-pact.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const pact = emptyPact();

for (const kind of storeKinds)
  describe(`concurrent publication of one pact version (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    /** A broker handler over a fresh store whose webhooks post each event's name to a receiver. */
    async function setUp() {
      const events: string[] = [];
      const receiver = await startHttpServer(async (request) => {
        events.push(((await request.json()) as { event: string }).event);
        return new Response('ok');
      });
      const store = await stores.open();
      const webhooks = createWebhookDispatcher(store, { allowHosts: ['127.0.0.1'], retryDelaysMs: [] });
      const call = handlerCall(createBrokerHandler(store, { webhooks }));
      const hook = (...names: string[]) => ({
        events: names.map((name) => ({ name })),
        request: { method: 'POST', url: `${receiver.url}/hook`, body: { event: '${pactbroker.eventName}' } },
      });
      return { events, store, webhooks, call, hook, [Symbol.asyncDispose]: () => receiver.close() };
    }

    it('creates the version once and fires contract_content_changed once for 20 concurrent PUTs', async () => {
      await using setup = await setUp();
      const { events, store, webhooks, call } = setup;
      const created = await call(
        'POST',
        '/webhooks',
        setup.hook('contract_content_changed', 'contract_published'),
      );
      assert.equal(created.status, 201);

      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          call('PUT', '/pacts/provider/orders/consumer/web/version/1.0.0', pact),
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
      await using setup = await setUp();
      const { events, webhooks, call } = setup;
      await call('POST', '/webhooks', setup.hook('contract_content_changed'));
      const publication = contractPublication('2.0.0', pact, { branch: 'main' });
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => call('POST', '/contracts/publish', publication)),
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
