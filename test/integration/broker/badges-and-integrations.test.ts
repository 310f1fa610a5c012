/**
 * Status badges, the integrations list, the branch form of can-i-deploy and the currently
 * supported releases, over HTTP on both stores, following a pact through unknown → verified →
 * changed → failed.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startBroker } from '../../../src/broker/index.ts';
import { httpPact } from '../../support/sample-pacts.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const pact = (consumer: string, revision: number) =>
  JSON.stringify(httpPact([], { consumer, metadata: { revision } }));

for (const kind of storeKinds)
  describe(`badges and integrations (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    it('draws the pact badge for each verification status, with tags, labels and initials', async () => {
      await using broker = await startBroker(await stores.options());
      const { store } = broker;
      const badge = async (path: string) => {
        const response = await fetch(`${broker.url}${path}`);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type') ?? '', /^image\/svg\+xml/);
        const text = await response.text();
        return /<title>(.*)<\/title>/.exec(text)?.[1];
      };
      const latest = '/pacts/provider/orders/consumer/webApp/latest/badge';
      assert.equal(await badge(latest), 'pact not found: unknown');
      const first = await store.publishPact({
        consumer: 'webApp',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('webApp', 1),
      });
      await store.addTag('webApp', '1', 'prod');
      assert.equal(await badge(latest), 'webapp/orders pact: unknown');
      const verify = (sha: string, success: boolean, providerVersion = 'p1') =>
        store.recordVerification({
          consumer: 'webApp',
          provider: 'orders',
          sha,
          providerVersion,
          success,
          results: {},
        });
      await verify(first.sha, true);
      await store.addTag('orders', 'p1', 'prod');
      assert.equal(await badge(latest), 'webapp/orders pact: verified');
      assert.equal(await badge(`${latest}?label=consumer&initials=true`), 'wa pact: verified');
      const second = await store.publishPact({
        consumer: 'webApp',
        provider: 'orders',
        consumerVersion: '2',
        content: pact('webApp', 2),
      });
      assert.equal(await badge(latest), 'webapp/orders pact: changed');
      assert.equal(
        await badge('/pacts/provider/orders/consumer/webApp/latest/prod/badge'),
        'webapp (prod)/orders pact: verified',
      );
      await verify(second.sha, false, 'p2');
      assert.equal(await badge(latest), 'webapp/orders pact: failed');
      assert.equal(
        await badge('/matrix/provider/orders/latest/prod/consumer/webApp/latest/prod/badge'),
        'webapp (prod)/orders (prod) pact: verified',
      );
      assert.equal(
        await badge('/pacticipants/webApp/latest-version/prod/can-i-deploy/to/prod/badge'),
        'can-i-deploy: prod to prod',
      );
    });

    it('lists integrations as HAL and as a Graphviz digraph', async () => {
      await using broker = await startBroker(await stores.options());
      const { store } = broker;
      const web = await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('web', 1),
      });
      await store.publishPact({
        consumer: 'app',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('app', 1),
      });
      await store.recordVerification({
        consumer: 'web',
        provider: 'orders',
        sha: web.sha,
        providerVersion: 'p1',
        success: true,
        results: {},
      });
      const listed = (await (await fetch(`${broker.url}/integrations`)).json()) as {
        _embedded: {
          integrations: {
            consumer: { name: string };
            verificationStatus: string;
            _links: Record<string, { href: string }>;
          }[];
        };
      };
      assert.deepEqual(
        listed._embedded.integrations.map((item) => [item.consumer.name, item.verificationStatus]),
        [
          ['app', 'never'],
          ['web', 'success'],
        ],
      );
      assert.equal(
        listed._embedded.integrations[1]?._links['pb:latest-pact']?.href,
        `${broker.url}/pacts/provider/orders/consumer/web/version/1`,
      );
      const dot = await fetch(`${broker.url}/integrations`, { headers: { accept: 'text/vnd.graphviz' } });
      assert.equal(await dot.text(), 'digraph { \n  "app" -> "orders"\n  "web" -> "orders"\n}\n');
      const index = (await (await fetch(broker.url)).json()) as { _links: Record<string, { href: string }> };
      assert.equal(index._links['pb:integrations']?.href, `${broker.url}/integrations`);
    });

    it('answers can-i-deploy for the latest version of a branch, and lists supported releases', async () => {
      await using broker = await startBroker(await stores.options());
      const { store } = broker;
      const published = await store.publishPact({
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
      const production = await store.createEnvironment({ name: 'production' });
      assert.ok(production !== undefined);
      await store.recordDeployment({
        pacticipant: 'orders',
        version: 'p1',
        environmentUuid: production.uuid,
      });
      await store.recordVerification({
        consumer: 'web',
        provider: 'orders',
        sha: published.sha,
        providerVersion: 'p1',
        success: true,
        results: {},
      });
      const ask = async (branch: string) =>
        (await (
          await fetch(
            `${broker.url}/pacticipants/web/branches/${branch}/latest-version/can-i-deploy/to-environment/production`,
          )
        ).json()) as { summary: { deployable: boolean | null } };
      assert.equal((await ask('main')).summary.deployable, true);
      // Not verified by the deployed provider version: unknown, the Pact Broker's null.
      assert.equal((await ask('feat')).summary.deployable, null);
      assert.equal(
        (
          await fetch(
            `${broker.url}/pacticipants/web/branches/none/latest-version/can-i-deploy/to-environment/production`,
          )
        ).status,
        404,
      );
      const badge = await (
        await fetch(
          `${broker.url}/pacticipants/web/branches/feat/latest-version/can-i-deploy/to-environment/production/badge`,
        )
      ).text();
      assert.match(badge, /<title>can-i-deploy: feat to production<\/title>/);
      assert.match(badge, /#e05d44/);

      await store.recordRelease({ pacticipant: 'web', version: '1', environmentUuid: production.uuid });
      const supported = (await (
        await fetch(`${broker.url}/environments/${production.uuid}/released-versions/currently-supported`)
      ).json()) as {
        _embedded: {
          releasedVersions: { currentlySupported: boolean; _embedded: { version: { number: string } } }[];
        };
      };
      assert.deepEqual(
        supported._embedded.releasedVersions.map((item) => [
          item._embedded.version.number,
          item.currentlySupported,
        ]),
        [['1', true]],
      );
    });
  });
