import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { brokerStores, storeKinds } from '../../../test/integration/broker/broker-stores.ts';
import type { WebhookAttempt, WebhookInput } from './webhook-records.ts';

const input: WebhookInput = {
  description: 'Trigger the orders build',
  provider: 'orders',
  events: ['contract_content_changed', 'contract_published'],
  enabled: true,
  request: { method: 'POST', url: 'https://ci.test/build', headers: { 'X-A': '1' }, body: { a: [1] } },
};

const attempt = (number: number, success: boolean): WebhookAttempt => ({
  attempt: number,
  request: { method: 'POST', url: 'https://ci.test/build', headers: {}, body: '{}' },
  status: success ? 200 : 500,
  headers: { 'content-type': 'text/plain' },
  body: success ? 'ok' : 'boom',
  error: undefined,
  success,
  logs: `attempt ${number}`,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:01.000Z',
});

for (const kind of storeKinds)
  describe(`the webhook store (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    it('creates, finds, lists by filter, replaces and deletes webhooks', async () => {
      const store = await stores.open();
      const created = await store.saveWebhook('uuid-0000000000000001', input);
      assert.equal(created.created, true);
      assert.deepEqual(
        { ...created.webhook, createdAt: '', updatedAt: '' },
        { ...input, uuid: 'uuid-0000000000000001', createdAt: '', updatedAt: '' },
      );
      await store.saveWebhook('uuid-0000000000000002', { ...input, provider: 'billing', consumer: 'web' });
      assert.deepEqual(
        (await store.listWebhooks()).map((webhook) => webhook.uuid),
        ['uuid-0000000000000001', 'uuid-0000000000000002'],
      );
      assert.deepEqual(
        (await store.listWebhooks({ provider: 'billing', consumer: 'web' })).map((webhook) => webhook.uuid),
        ['uuid-0000000000000002'],
      );
      assert.deepEqual(await store.listWebhooks({ consumer: 'nobody' }), []);
      const replaced = await store.saveWebhook('uuid-0000000000000001', { ...input, enabled: false });
      assert.equal(replaced.created, false);
      assert.equal(replaced.webhook.enabled, false);
      assert.equal(replaced.webhook.description, 'Trigger the orders build');
      assert.equal(await store.deleteWebhook('uuid-0000000000000001'), true);
      assert.equal(await store.deleteWebhook('uuid-0000000000000001'), false);
      assert.equal(await store.findWebhook('uuid-0000000000000001'), undefined);
    });

    it('logs triggered webhooks and their attempts, and deletes them with the webhook', async () => {
      const store = await stores.open();
      await store.saveWebhook('hook-000000000000001', input);
      const triggered = await store.recordTriggeredWebhook({
        uuid: 'trigger-1',
        webhookUuid: 'hook-000000000000001',
        eventName: 'contract_published',
        triggerType: 'publication',
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1.0.0',
      });
      assert.equal(triggered.status, 'not_run');
      assert.equal(triggered.attempts, 0);
      await store.recordWebhookAttempt('trigger-1', attempt(1, false), 'retrying');
      await store.recordWebhookAttempt('trigger-1', attempt(2, true), 'success');
      const found = await store.findTriggeredWebhook('trigger-1');
      assert.equal(found?.status, 'success');
      assert.equal(found?.attempts, 2);
      assert.equal(found?.providerVersion, undefined);
      const executions = await store.webhookExecutions('trigger-1');
      assert.deepEqual(
        executions.map((execution) => [
          execution.attempt,
          execution.status,
          execution.body,
          execution.success,
        ]),
        [
          [1, 500, 'boom', false],
          [2, 200, 'ok', true],
        ],
      );
      assert.deepEqual(executions[0]?.request, attempt(1, false).request);
      assert.equal(
        (await store.listTriggeredWebhooks({ provider: 'orders', consumer: 'web', consumerVersion: '1.0.0' }))
          .length,
        1,
      );
      assert.equal((await store.listTriggeredWebhooks({ consumerVersion: '2.0.0' })).length, 0);
      await store.deleteWebhook('hook-000000000000001');
      assert.equal(await store.findTriggeredWebhook('trigger-1'), undefined);
      assert.deepEqual(await store.webhookExecutions('trigger-1'), []);
    });

    it('knows the content SHA of the latest pact between a consumer and a provider', async () => {
      const store = await stores.open();
      assert.equal(await store.latestPactSha('orders', 'web'), undefined);
      const content = (n: number) =>
        JSON.stringify({ consumer: { name: 'web' }, provider: { name: 'orders' }, interactions: [], n });
      await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1',
        content: content(1),
      });
      const second = await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '2',
        content: content(2),
      });
      assert.equal(await store.latestPactSha('orders', 'web'), second.sha);
    });
  });
