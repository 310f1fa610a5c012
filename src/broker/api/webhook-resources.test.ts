// biome-ignore-all lint/suspicious/noTemplateCurlyInString: webhook templates hold ${pactbroker.*} placeholders literally.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  type BrokerStores,
  brokerStores,
  storeKinds,
} from '../../../test/integration/broker/broker-stores.ts';
import { handlerCall } from '../../../test/support/handler-call.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';
import { createWebhookDispatcher } from '../webhooks/webhook-dispatcher.ts';

const base = 'http://broker.test';

async function setUp(stores: BrokerStores) {
  const store = await stores.open();
  const webhooks = createWebhookDispatcher(store);
  const send = handlerCall(createBrokerHandler(store, { webhooks }), base);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await send(method, path, body);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      // biome-ignore lint/suspicious/noExplicitAny: assertions walk HAL bodies of many shapes.
      json: (text === '' ? undefined : JSON.parse(text)) as Record<string, any>,
    };
  };
  await store.recordVersion('web', '1.0.0');
  await store.recordVersion('orders', '2.0.0');
  return { call, store, webhooks };
}

const valid = {
  description: 'Build orders',
  provider: { name: 'orders' },
  events: [{ name: 'contract_content_changed' }],
  request: {
    method: 'POST',
    url: 'https://ci.example.com/build?pact=${pactbroker.pactUrl}',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' },
    body: { pact: '${pactbroker.pactUrl}' },
    username: 'bot',
    password: 's3cret',
  },
};

for (const kind of storeKinds)
  describe(`the webhook resources (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    it('links pb:webhooks from the index', async () => {
      const { call } = await setUp(stores);
      const { json } = await call('GET', '/');
      assert.equal(json._links['pb:webhooks'].href, `${base}/webhooks`);
      assert.equal(json._links['pb:webhook'].href, `${base}/webhooks/{uuid}`);
    });

    it('creates a webhook (201 with location) and serves it as the Pact Broker does', async () => {
      const { call } = await setUp(stores);
      const created = await call('POST', '/webhooks', valid);
      assert.equal(created.status, 201);
      const uuid = created.json.uuid as string;
      assert.equal(created.headers.get('location'), `${base}/webhooks/${uuid}`);
      const { status, json } = await call('GET', `/webhooks/${uuid}`);
      assert.equal(status, 200);
      assert.equal(json.description, 'Build orders');
      assert.deepEqual(json.provider, { name: 'orders' });
      assert.equal(json.consumer, undefined);
      assert.equal(json.enabled, true);
      assert.deepEqual(json.events, [{ name: 'contract_content_changed' }]);
      assert.deepEqual(json.request, {
        ...valid.request,
        headers: { 'Content-Type': 'application/json', Authorization: '**********' },
        password: '**********',
      });
      assert.equal(json._links.self.href, `${base}/webhooks/${uuid}`);
      assert.equal(json._links['pb:execute'].href, `${base}/webhooks/${uuid}/execute`);
      assert.equal(json._links['pb:provider'].href, `${base}/pacticipants/orders`);
      assert.equal(json._links['pb:webhooks'].href, `${base}/webhooks`);
      const list = await call('GET', '/webhooks');
      assert.deepEqual(
        list.json._links['pb:webhooks'].map((link: { href: string; name: string }) => [link.href, link.name]),
        [[`${base}/webhooks/${uuid}`, 'POST ci.example.com']],
      );
    });

    it('defaults events to contract_content_changed, as the Pact Broker does', async () => {
      const { call } = await setUp(stores);
      const { events, ...rest } = valid;
      void events;
      const created = await call('POST', '/webhooks', rest);
      assert.deepEqual(created.json.events, [{ name: 'contract_content_changed' }]);
    });

    it('answers 400 naming each bad field', async () => {
      const { call } = await setUp(stores);
      const bad = await call('POST', '/webhooks', {
        consumer: { name: 'nobody' },
        events: [{ name: 'contract_published' }, { name: 'pact_changed' }],
        enabled: 'yes',
        request: { method: 'FETCH', url: 'ftp://files.example.com/x', headers: { 'X-N': 1 } },
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(Object.keys(bad.json.errors).sort(), [
        'enabled',
        'events[1].name',
        'request.headers.X-N',
        'request.method',
        'request.url',
      ]);
      assert.match(bad.json.errors['events[1].name'][0], /contract_published, contract_content_changed/);
      assert.match(bad.json.errors['request.url'][0], /must use http or https, not ftp/);
      assert.match(bad.json.errors['request.method'][0], /"FETCH"/);
      const missing = await call('POST', '/webhooks', { events: [] });
      assert.deepEqual(Object.keys(missing.json.errors).sort(), ['events', 'request']);
      const relative = await call('POST', '/webhooks', { request: { method: 'POST', url: '/build' } });
      assert.match(relative.json.errors['request.url'][0], /absolute http or https URL/);
      const unknown = await call('POST', '/webhooks', { ...valid, consumer: { name: 'nobody' } });
      assert.equal(unknown.status, 400);
      assert.match(unknown.json.errors['consumer.name'][0], /no pacticipant named "nobody"/);
    });

    it('replaces or creates with PUT, deletes with DELETE', async () => {
      const { call } = await setUp(stores);
      const uuid = 'a8d4b2c0-0b1e-4e8c-9a53-2f6f1f7c0b11';
      const first = await call('PUT', `/webhooks/${uuid}`, valid);
      assert.equal(first.status, 201);
      const second = await call('PUT', `/webhooks/${uuid}`, { ...valid, enabled: false, description: 'Off' });
      assert.equal(second.status, 200);
      assert.equal(second.json.enabled, false);
      assert.equal(second.json.description, 'Off');
      assert.equal((await call('PUT', '/webhooks/short', valid)).status, 400);
      assert.equal((await call('DELETE', `/webhooks/${uuid}`)).status, 204);
      assert.equal((await call('DELETE', `/webhooks/${uuid}`)).status, 404);
      const gone = await call('GET', `/webhooks/${uuid}`);
      assert.equal(gone.status, 404);
      assert.match(gone.json.error.message, new RegExp(uuid));
    });

    it('lists and creates webhooks per consumer and provider', async () => {
      const { call } = await setUp(stores);
      const scoped = await call('POST', '/webhooks/provider/orders/consumer/web', {
        request: { method: 'POST', url: 'https://ci.example.com/x' },
      });
      assert.equal(scoped.status, 201);
      assert.deepEqual([scoped.json.consumer, scoped.json.provider], [{ name: 'web' }, { name: 'orders' }]);
      assert.equal(
        scoped.json._links['pb:pact-webhooks'].href,
        `${base}/webhooks/provider/orders/consumer/web`,
      );
      await call('POST', '/webhooks', valid);
      const forPact = await call('GET', '/webhooks/provider/orders/consumer/web');
      assert.equal(forPact.json._links['pb:webhooks'].length, 1);
      assert.equal((await call('GET', '/webhooks/provider/orders')).json._links['pb:webhooks'].length, 2);
      assert.equal((await call('GET', '/webhooks/consumer/web')).json._links['pb:webhooks'].length, 1);
      assert.equal(
        (await call('GET', '/pacts/provider/orders/consumer/web/webhooks')).json._links['pb:webhooks'].length,
        1,
      );
    });

    it('answers 404 for the logs of an unknown triggered webhook and for an unknown execution', async () => {
      const { call } = await setUp(stores);
      assert.equal((await call('GET', '/webhooks/x/trigger/y/logs')).status, 404);
      assert.equal((await call('POST', '/webhooks/nope/execute')).status, 404);
      assert.equal(
        (await call('GET', '/pacts/provider/orders/consumer/web/version/1/triggered-webhooks')).status,
        404,
      );
    });
  });
