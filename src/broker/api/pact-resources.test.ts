import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handlerGet } from '../../../test/support/handler-get.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';

const pact = (consumer: string, revision: number) =>
  JSON.stringify({
    consumer: { name: consumer },
    provider: { name: 'orders' },
    interactions: [],
    metadata: { revision },
  });

describe('latest pacts', () => {
  it('by tag, from a branch, and the latest of each consumer of a provider (optionally tagged)', async () => {
    const store = openSqliteStore();
    const handler = createBrokerHandler(store);
    const get = handlerGet(handler);
    await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '1',
      branch: 'main',
      content: pact('web', 1),
    });
    await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '2',
      branch: 'feat',
      content: pact('web', 2),
    });
    await store.publishPact({
      consumer: 'app',
      provider: 'orders',
      consumerVersion: 'a1',
      content: pact('app', 1),
    });
    await store.addTag('web', '1', 'prod');
    const version = (json: Record<string, unknown>) =>
      (json._links as Record<string, { name: string }>)['pb:consumer-version']?.name;
    assert.equal(version((await get('/pacts/provider/orders/consumer/web/latest')).json), '2');
    assert.equal(version((await get('/pacts/provider/orders/consumer/web/latest/prod')).json), '1');
    assert.equal(version((await get('/pacts/provider/orders/consumer/web/branch/main/latest')).json), '1');
    assert.match(
      (await get('/pacts/provider/orders/consumer/web/latest/qa')).json.error.message,
      /No pact was found between consumer web \(latest with tag qa\) and provider orders/,
    );
    const all = await get('/pacts/provider/orders/latest');
    assert.deepEqual(
      all.json._links['pb:pacts'].map((link: { name: string; href: string }) => [link.name, link.href]),
      [
        ['app', 'http://broker/pacts/provider/orders/consumer/app/version/a1'],
        ['web', 'http://broker/pacts/provider/orders/consumer/web/version/2'],
      ],
    );
    const tagged = await get('/pacts/provider/orders/latest/prod');
    assert.deepEqual(
      tagged.json._links['pb:pacts'].map((link: { name: string }) => link.name),
      ['web'],
    );
    assert.equal((await get('/pacts/provider/nobody/latest')).status, 404);
    await store.close();
  });
});
