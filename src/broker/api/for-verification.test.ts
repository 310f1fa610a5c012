import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { storeKinds } from '../../../test/integration/broker/broker-stores.ts';
import { handlerCall } from '../../../test/support/handler-call.ts';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres-test-schema.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';
import type { BrokerStore } from '../store/broker-store.ts';
import { openPostgresStore } from '../store/postgres-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';

const pact = (orderId: string) =>
  JSON.stringify({
    consumer: { name: 'web' },
    provider: { name: 'orders' },
    interactions: [
      { description: `order ${orderId}`, request: { method: 'GET', path: `/orders/${orderId}` } },
    ],
  });

for (const kind of storeKinds)
  describe(`pending pacts for provider tags (${kind})`, () => {
    const schemas: TestSchema[] = [];
    const stores: BrokerStore[] = [];
    after(async () => {
      await Promise.all(stores.map((store) => store.close()));
      await Promise.all(schemas.map((schema) => schema.drop()));
    });

    // A store whose clock moves one second per reading, so that every write has its own time.
    async function openTicking(): Promise<BrokerStore> {
      let tick = Date.parse('2026-01-01T00:00:00Z');
      const now = () => {
        tick += 1000;
        return new Date(tick);
      };
      if (kind === 'sqlite') return openSqliteStore({ now });
      const schema = await createTestSchema();
      schemas.push(schema);
      return openPostgresStore({ databaseUrl: schema.databaseUrl, now });
    }

    it('is pending for a tag until a version with it, or one with another tag before it was first used, verified the pact', async () => {
      const store = await openTicking();
      stores.push(store);
      const call = handlerCall(createBrokerHandler(store));
      const pendingFor = async (tags: string[]) => {
        const response = await call('POST', '/pacts/provider/orders/for-verification', {
          consumerVersionSelectors: [{ latest: true }],
          providerVersionTags: tags,
          includePendingStatus: true,
        });
        const json = (await response.json()) as {
          _embedded: { pacts: { verificationProperties: { pending: boolean } }[] };
        };
        return json._embedded.pacts.map((entry) => entry.verificationProperties.pending);
      };
      const publish = (version: string) =>
        store.publishPact({
          consumer: 'web',
          provider: 'orders',
          consumerVersion: version,
          content: pact(version),
        });
      const verify = async (sha: string, providerVersion: string) =>
        store.recordVerification({
          consumer: 'web',
          provider: 'orders',
          sha,
          providerVersion,
          success: true,
          results: {},
        });

      const first = await publish('1');
      await store.addTag('orders', 'p-untagged', 'unused-then');
      await verify(first.sha, 'p-untagged'); // tagged 'unused-then' only
      assert.deepEqual(
        await pendingFor(['master']),
        [false],
        'verified by a version with another tag before master existed',
      );

      await store.addTag('orders', 'p-master', 'master');
      const second = await publish('2');
      await verify(second.sha, 'p-untagged');
      assert.deepEqual(
        await pendingFor(['master']),
        [true],
        'verified by another tag only after master was first used',
      );
      assert.deepEqual(await pendingFor(['unused-then']), [false]);
      await verify(second.sha, 'p-master');
      assert.deepEqual(await pendingFor(['master']), [false]);
      assert.deepEqual(
        await pendingFor(['master', 'feat']),
        [false],
        'feat is new: the earlier verifications count',
      );
      await store.addTag('orders', 'p-feat', 'feat');
      const third = await publish('3');
      await verify(third.sha, 'p-master');
      assert.deepEqual(
        await pendingFor(['master', 'feat']),
        [true],
        'pending while any tag lacks a verification',
      );
    });
  });
