import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { brokerStores, storeKinds } from '../../../test/integration/broker/broker-stores.ts';
import { handlerJsonCall } from '../../../test/support/handler-call.ts';
import { handlerGet } from '../../../test/support/handler-get.ts';
import { httpPact } from '../../../test/support/sample-pacts.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';
import type { BrokerStore } from '../store/broker-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';

const pact = (consumer: string, revision: number) =>
  JSON.stringify(httpPact([], { consumer, specVersion: null, metadata: { revision } }));

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

type LatestEntry = {
  _embedded: {
    consumer: { name: string; _embedded: { version: { number: string } } };
    provider: { name: string };
  };
  _links: { self: { href: string }[] };
};

for (const kind of storeKinds)
  describe(`pact resources (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    async function setUp(allowContractModification?: boolean) {
      const store = await stores.open();
      const handler = createBrokerHandler(
        store,
        allowContractModification === undefined ? {} : { allowContractModification },
      );
      const call = handlerJsonCall(handler);
      const put = (path: string, body: string) => call('PUT', path, body);
      return { store, get: handlerGet(handler), put };
    }

    const publish = (
      store: BrokerStore,
      consumer: string,
      provider: string,
      consumerVersion: string,
      branch?: string,
    ) =>
      store.publishPact({
        consumer,
        provider,
        consumerVersion,
        ...(branch === undefined ? {} : { branch }),
        content: JSON.stringify(
          httpPact([], { consumer, provider, specVersion: null, metadata: { consumerVersion } }),
        ),
      });

    it('refuses a PUT that changes the pact of an existing consumer version with 409, and takes the same pact again', async () => {
      const { store, put } = await setUp();
      const path = '/pacts/provider/orders/consumer/web/version/1';
      assert.equal((await put(path, pact('web', 1))).status, 201);
      assert.equal((await put(path, pact('web', 1))).status, 200);
      const refused = await put(path, pact('web', 2));
      assert.equal(refused.status, 409);
      assert.match(
        refused.json.error.message,
        /^Cannot change the content of the pact for web version 1 and provider orders, as race conditions/,
      );
      assert.match((await store.findPact('orders', 'web', '1'))?.content ?? '', /"revision":1/);
    });

    it('lets exactly one of concurrent PUTs of different pacts create a new consumer version, refusing the rest', async () => {
      const { store, put } = await setUp();
      const path = '/pacts/provider/orders/consumer/web/version/race';
      const answers = await Promise.all(Array.from({ length: 8 }, (_, n) => put(path, pact('web', n))));
      const statuses = answers.map((answer) => answer.status).sort();
      assert.deepEqual(statuses, [201, 409, 409, 409, 409, 409, 409, 409]);
      const winner = answers.find((answer) => answer.status === 201)?.json.metadata.revision;
      assert.match(
        (await store.findPact('orders', 'web', 'race'))?.content ?? '',
        new RegExp(`"revision":${winner}`),
      );
    });

    it('replaces the pact on PUT when the broker allows contract modification', async () => {
      const { store, put } = await setUp(true);
      const path = '/pacts/provider/orders/consumer/web/version/1';
      await put(path, pact('web', 1));
      assert.equal((await put(path, pact('web', 2))).status, 200);
      assert.match((await store.findPact('orders', 'web', '1'))?.content ?? '', /"revision":2/);
    });

    it('lists the latest pact of every integration at /pacts/latest, linked from the index', async () => {
      const { store, get } = await setUp();
      await publish(store, 'web', 'orders', '1');
      await publish(store, 'web', 'orders', '2');
      await publish(store, 'app', 'orders', 'a1');
      await publish(store, 'web', 'stock', '1');
      assert.equal(
        (await get('/')).json._links['pb:latest-pact-versions'].href,
        'http://broker/pacts/latest',
      );
      const { status, json } = await get('/pacts/latest');
      assert.equal(status, 200);
      assert.equal(json._links.self.href, 'http://broker/pacts/latest');
      const rows = json.pacts.map((entry: LatestEntry) => [
        entry._embedded.consumer.name,
        entry._embedded.consumer._embedded.version.number,
        entry._embedded.provider.name,
        entry._links.self[1]?.href,
      ]);
      assert.deepEqual(rows, [
        ['app', 'a1', 'orders', 'http://broker/pacts/provider/orders/consumer/app/version/a1'],
        ['web', '2', 'orders', 'http://broker/pacts/provider/orders/consumer/web/version/2'],
        ['web', '1', 'stock', 'http://broker/pacts/provider/stock/consumer/web/version/1'],
      ]);
      assert.equal(
        json.pacts[0]._links.self[0].href,
        'http://broker/pacts/provider/orders/consumer/app/latest',
      );
      assert.ok(typeof json.pacts[0].createdAt === 'string');
      assert.equal(json._links['pb:pacts'].length, 3);
    });

    it("lists a provider's pacts by consumer branch: all, latest, and the consumers' main branches", async () => {
      const { store, get } = await setUp();
      await publish(store, 'web', 'orders', '1', 'main');
      await publish(store, 'web', 'orders', '2', 'feat');
      await publish(store, 'web', 'orders', '3', 'feat');
      await publish(store, 'app', 'orders', 'a1', 'feat');
      await publish(store, 'app', 'orders', 'a2', 'develop');
      const linked = async (path: string) => {
        const { status, json } = await get(path);
        assert.equal(status, 200, path);
        return json._links['pb:pacts'].map((link: { href: string }) =>
          link.href.replace(/^.*consumer\//, ''),
        );
      };
      assert.deepEqual(await linked('/pacts/provider/orders/branch/feat'), [
        'app/version/a1',
        'web/version/2',
        'web/version/3',
      ]);
      assert.deepEqual(await linked('/pacts/provider/orders/branch/feat/latest'), [
        'app/version/a1',
        'web/version/3',
      ]);
      assert.deepEqual(await linked('/pacts/provider/orders/branch'), ['app/version/a2', 'web/version/1']);
      assert.deepEqual(await linked('/pacts/provider/orders/branch/latest'), [
        'app/version/a2',
        'web/version/1',
      ]);
      const index = (await get('/')).json._links;
      assert.equal(
        index['pb:latest-provider-pacts-with-branch'].href,
        'http://broker/pacts/provider/{provider}/branch/{branch}/latest',
      );
      assert.equal(
        index['pb:provider-pacts-with-main-branch'].href,
        'http://broker/pacts/provider/{provider}/branch',
      );
      assert.equal((await get('/pacts/provider/nobody/branch/feat')).status, 404);
    });

    it("lists all of a provider's pacts, and those of consumer versions with a tag", async () => {
      const { store, get } = await setUp();
      await publish(store, 'web', 'orders', '1');
      await publish(store, 'web', 'orders', '2');
      await publish(store, 'app', 'orders', 'a1');
      await publish(store, 'web', 'stock', 's1');
      await store.addTag('web', '2', 'prod');
      await store.addTag('app', 'a1', 'prod');
      const linked = async (path: string) => {
        const { status, json } = await get(path);
        assert.equal(status, 200, path);
        return json._links['pb:pacts'].map((link: { href: string }) =>
          link.href.replace(/^.*consumer\//, ''),
        );
      };
      assert.deepEqual(await linked('/pacts/provider/orders'), [
        'app/version/a1',
        'web/version/1',
        'web/version/2',
      ]);
      assert.deepEqual(await linked('/pacts/provider/orders/tag/prod'), ['app/version/a1', 'web/version/2']);
      assert.deepEqual(await linked('/pacts/provider/orders/tag/qa'), []);
      const index = (await get('/')).json._links;
      assert.equal(index['pb:provider-pacts'].href, 'http://broker/pacts/provider/{provider}');
      assert.equal(
        index['pb:provider-pacts-with-tag'].href,
        'http://broker/pacts/provider/{provider}/tag/{tag}',
      );
      assert.equal((await get('/pacts/provider/nobody')).status, 404);
    });

    it('lists the pact versions of a consumer and provider by consumer branch', async () => {
      const { store, get } = await setUp();
      await publish(store, 'web', 'orders', '1', 'main');
      await publish(store, 'web', 'orders', '2', 'feat');
      await publish(store, 'web', 'orders', '3', 'feat');
      await publish(store, 'web', 'orders', '4', 'main');
      const versions = async (path: string) => {
        const { status, json } = await get(path);
        assert.equal(status, 200, path);
        return json._embedded.pacts.map(
          (entry: { _embedded: { consumerVersion: { number: string } } }) =>
            entry._embedded.consumerVersion.number,
        );
      };
      const base = '/pacts/provider/orders/consumer/web';
      assert.deepEqual(await versions(`${base}/branch/feat`), ['2', '3']);
      assert.deepEqual(await versions(`${base}/branch/feat/latest/versions`), ['3']);
      assert.deepEqual(await versions(`${base}/branch/versions`), ['1', '4']);
      assert.deepEqual(await versions(`${base}/branch`), ['1', '4']);
      assert.deepEqual(await versions(`${base}/branch/latest`), ['4']);
      assert.deepEqual(await versions(`${base}/branch/latest/versions`), ['4']);
      assert.equal((await get('/pacts/provider/orders/consumer/nobody/branch/feat')).status, 404);
    });
  });
