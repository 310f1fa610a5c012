import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { httpPact } from '../../../test/support/sample-pacts.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';

describe('the version page', () => {
  it("lists the verifications a provider version made, and a version's tags", async () => {
    const store = openSqliteStore();
    const handler = createBrokerHandler(store);
    const page = async (path: string) =>
      (await handler(new Request(`http://broker${path}`, { headers: { accept: 'text/html' } }))).text();
    const content = JSON.stringify(httpPact([], { specVersion: null }));
    const pact = await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: 'w1',
      content,
    });
    await store.recordVerification({
      consumer: 'web',
      provider: 'orders',
      sha: pact.sha,
      providerVersion: 'o1',
      success: false,
      results: {},
    });
    await store.recordVersion('orders', 'o2');
    await store.addTag('orders', 'o1', 'prod');
    const verifications = (text: string) => text.slice(text.indexOf('id="verifications"'));
    const o1 = await page('/ui/pacticipants/orders/versions/o1');
    assert.match(verifications(o1), />web<\/a>/);
    assert.match(verifications(o1), /failed/);
    assert.doesNotMatch(verifications(await page('/ui/pacticipants/orders/versions/o2')), />web<\/a>/);
    const versions = await page('/ui/pacticipants/orders');
    assert.match(versions, /o1[\s\S]*prod/);
    await store.close();
  });
});
