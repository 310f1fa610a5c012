import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  type BrokerStores,
  brokerStores,
  storeKinds,
} from '../../../test/integration/broker/broker-stores.ts';
import { handlerJsonCall } from '../../../test/support/handler-call.ts';
import { httpPact } from '../../../test/support/sample-pacts.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';

// A handler over a fresh store of the kind (in memory for SQLite, a fresh schema for PostgreSQL).
async function setUp(stores: BrokerStores) {
  const store = await stores.open();
  return { store, call: handlerJsonCall(createBrokerHandler(store), 'http://broker.test') };
}

for (const kind of storeKinds)
  describe(`tags, environments and deployments (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    it('tags a version with PUT', async () => {
      const { store, call } = await setUp(stores);
      const tagged = await call('PUT', '/pacticipants/web/versions/1/tags/prod');
      assert.equal(tagged.status, 201);
      assert.equal(tagged.json.name, 'prod');
      assert.deepEqual(await store.tagsOf('web', '1'), ['prod']);
    });

    it('creates, lists and shows environments; refuses duplicates and bad names', async () => {
      const { call } = await setUp(stores);
      const created = await call('POST', '/environments', {
        name: 'production',
        displayName: 'Production',
        production: true,
      });
      assert.equal(created.status, 201);
      assert.equal(created.json.production, true);
      assert.equal((await call('POST', '/environments', { name: 'production' })).status, 400);
      assert.equal((await call('POST', '/environments', { name: 'two words' })).status, 400);
      const listed = await call('GET', '/environments?name=production');
      assert.equal(listed.json._embedded.environments[0].uuid, created.json.uuid);
      assert.equal((await call('GET', `/environments/${created.json.uuid}`)).json.displayName, 'Production');
      assert.equal((await call('GET', '/environments/nope')).status, 404);
    });

    it('records deployments and releases, lists and undeploys them', async () => {
      const { store, call } = await setUp(stores);
      const env = (await call('POST', '/environments', { name: 'production' })).json.uuid as string;
      const path = `/pacticipants/orders/versions/1/deployed-versions/environment/${env}`;
      assert.equal((await call('POST', path, {})).status, 404, 'the version must exist');
      await store.recordVersion('orders', '1');
      const deployed = await call('POST', path, { applicationInstance: 'eu' });
      assert.equal(deployed.status, 201);
      assert.equal(deployed.json.currentlyDeployed, true);
      assert.equal(deployed.json.applicationInstance, 'eu');
      const current = await call('GET', `/environments/${env}/deployed-versions/currently-deployed`);
      assert.equal(current.json._embedded.deployedVersions.length, 1);
      assert.equal(current.json._embedded.deployedVersions[0]._embedded.version.number, '1');
      assert.equal(
        (await call('PATCH', `/deployed-versions/${deployed.json.uuid}`, { currentlyDeployed: true })).status,
        400,
      );
      const undeployed = await call('PATCH', `/deployed-versions/${deployed.json.uuid}`, {
        currentlyDeployed: false,
      });
      assert.equal(undeployed.json.currentlyDeployed, false);
      const after = await call('GET', `/environments/${env}/deployed-versions/currently-deployed`);
      assert.equal(after.json._embedded.deployedVersions.length, 0);
      const released = await call(
        'POST',
        `/pacticipants/orders/versions/1/released-versions/environment/${env}`,
      );
      assert.equal(released.status, 201);
      assert.equal(released.json.currentlySupported, true);
      const ended = await call('PATCH', `/released-versions/${released.json.uuid}`, {
        currentlySupported: false,
      });
      assert.equal(ended.json.currentlySupported, false);
    });
  });

const pactOf = (consumer: string, provider: string) =>
  JSON.stringify(httpPact([], { consumer, provider, specVersion: null }));

async function scenario(stores: BrokerStores) {
  const context = await setUp(stores);
  const { store } = context;
  const good = await store.publishPact({
    consumer: 'web',
    provider: 'orders',
    consumerVersion: '1',
    content: pactOf('web', 'orders'),
  });
  const bad = await store.publishPact({
    consumer: 'web',
    provider: 'orders',
    consumerVersion: '2',
    content: JSON.stringify({ ...JSON.parse(pactOf('web', 'orders')), interactions: [{ description: 'x' }] }),
  });
  await store.recordVerification({
    consumer: 'web',
    provider: 'orders',
    sha: good.sha,
    providerVersion: 'o1',
    success: true,
    results: {},
  });
  await store.recordVerification({
    consumer: 'web',
    provider: 'orders',
    sha: bad.sha,
    providerVersion: 'o1',
    success: false,
    results: {},
  });
  const env = (await store.createEnvironment({ name: 'production', production: true }))?.uuid ?? '';
  await store.recordDeployment({ pacticipant: 'orders', version: 'o1', environmentUuid: env });
  return { ...context, env };
}

for (const kind of storeKinds)
  describe(`the matrix and can-i-deploy (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    it('answers the matrix between two versions in the Pact Broker shape', async () => {
      const { call } = await scenario(stores);
      const matrix = await call(
        'GET',
        '/matrix?q[][pacticipant]=web&q[][version]=1&q[][pacticipant]=orders&q[][version]=o1&latestby=cvpv',
      );
      assert.equal(matrix.status, 200);
      assert.deepEqual(matrix.json.summary, {
        deployable: true,
        reason: 'All required verification results are published and successful',
        success: 1,
        failed: 0,
        unknown: 0,
      });
      const [row] = matrix.json.matrix;
      assert.equal(row.consumer.version.number, '1');
      assert.equal(row.provider.version.number, 'o1');
      assert.equal(row.verificationResult.success, true);
      assert.match(row.pact._links.self.href, /\/pacts\/provider\/orders\/consumer\/web\/version\/1$/);
      const all = await call('GET', '/matrix?q[][pacticipant]=web&latestby=cvp');
      assert.equal(all.json.matrix.length, 2);
      assert.equal(all.json.summary.failed, 1);
      assert.equal((await call('GET', '/matrix')).status, 400);
    });

    it('says yes when the deployed provider verified the pact', async () => {
      const { call } = await scenario(stores);
      const answer = await call('GET', '/can-i-deploy?pacticipant=web&version=1&environment=production');
      assert.equal(answer.json.summary.deployable, true);
      assert.equal(answer.json.summary.success, 1);
      assert.equal(answer.json.matrix.length, 1);
    });

    it('says no, with the reason, when the verification failed or is missing', async () => {
      const { store, call } = await scenario(stores);
      const failed = await call('GET', '/can-i-deploy?pacticipant=web&version=2&environment=production');
      assert.equal(failed.json.summary.deployable, false);
      assert.match(
        failed.json.summary.reason,
        /The verification for the pact between version 2 of web and the version of orders currently in production \(o1\) failed/,
      );
      await store.publishPact({
        consumer: 'web',
        provider: 'billing',
        consumerVersion: '3',
        content: pactOf('web', 'billing'),
      });
      const missing = await call('GET', '/can-i-deploy?pacticipant=web&version=3&environment=production');
      // A missing verification leaves the answer unknown: the Pact Broker's `deployable: null`.
      assert.equal(missing.json.summary.deployable, null);
      assert.match(missing.json.summary.reason, /no version is currently recorded as deployed/);
      const ignored = await call(
        'GET',
        '/can-i-deploy?pacticipant=web&version=3&environment=production&ignore[]=billing',
      );
      assert.equal(ignored.json.summary.deployable, true);
      assert.equal(ignored.json.summary.ignored, 1);
    });

    it('checks a provider version against the consumers deployed, and by tag', async () => {
      const { store, call, env } = await scenario(stores);
      await store.recordDeployment({ pacticipant: 'web', version: '2', environmentUuid: env });
      const provider = await call(
        'GET',
        '/can-i-deploy?pacticipant=orders&version=o1&environment=production',
      );
      assert.equal(provider.json.summary.deployable, false);
      await store.addTag('orders', 'o1', 'prod');
      const byTag = await call('GET', '/can-i-deploy?pacticipant=web&version=1&to=prod');
      assert.equal(byTag.json.summary.deployable, true);
      // As the Pact Broker: an unknown version is a "no" with the reason, not a 404.
      const unknown = await call('GET', '/can-i-deploy?pacticipant=web&version=9&environment=production');
      assert.equal(unknown.json.summary.deployable, false);
      assert.equal(
        unknown.json.summary.reason,
        'No pacts or verifications have been published for version 9 of web',
      );
      assert.equal(
        (await call('GET', '/can-i-deploy?pacticipant=web&version=1&environment=nope')).status,
        400,
      );
      assert.equal((await call('GET', '/can-i-deploy?pacticipant=web')).status, 400);
    });
  });
