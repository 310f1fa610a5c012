import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { type BrokerStores, brokerStores, storeKinds } from '../../test/integration/broker/broker-stores.ts';
import { contractPublication } from '../../test/support/contract-publication.ts';
import { handlerJsonCall } from '../../test/support/handler-call.ts';
import { emptyPact } from '../../test/support/order-pact.ts';
import { createBrokerHandler } from './create-broker-handler.ts';

const base = 'http://broker.test';
const pact = emptyPact();

// A handler over a fresh store of the kind (in memory for SQLite, a fresh schema for PostgreSQL).
async function setUp(stores: BrokerStores, maxBodyBytes?: number) {
  const store = await stores.open();
  const handler = createBrokerHandler(store, maxBodyBytes === undefined ? {} : { maxBodyBytes });
  return { call: handlerJsonCall(handler, base) };
}

const publication = (version: string, branch: string, content: object = pact) =>
  contractPublication(version, content, { branch });

for (const kind of storeKinds)
  describe(`createBrokerHandler (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    it('serves a HAL index with the pb: relations clients follow', async () => {
      const { call } = await setUp(stores);
      const { status, json } = await call('GET', '/');
      assert.equal(status, 200);
      assert.equal(
        json._links['pb:provider-pacts-for-verification'].href,
        `${base}/pacts/provider/{provider}/for-verification`,
      );
      assert.equal(json._links['pb:publish-contracts'].href, `${base}/contracts/publish`);
      assert.equal(json._links['pb:pacticipants'].href, `${base}/pacticipants`);
    });

    it('stores a pact with PUT and serves it by version and as latest, with its links', async () => {
      const { call } = await setUp(stores);
      const path = '/pacts/provider/orders/consumer/web/version/1.0.0';
      assert.equal((await call('PUT', path, pact)).status, 201);
      assert.equal((await call('PUT', path, pact)).status, 200);
      const { status, json } = await call('GET', path);
      assert.equal(status, 200);
      assert.deepEqual(json.consumer, { name: 'web' });
      assert.match(
        json._links['pb:publish-verification-results'].href,
        /\/pact-version\/[0-9a-f]{64}\/verification-results$/,
      );
      assert.equal(
        (await call('GET', '/pacts/provider/orders/consumer/web/latest')).json._links.self.href,
        `${base}${path}`,
      );
      assert.equal((await call('GET', '/pacts/provider/orders/consumer/web/version/9')).status, 404);
    });

    it('refuses a PUT whose pact names another consumer', async () => {
      const { call } = await setUp(stores);
      const { status, json } = await call('PUT', '/pacts/provider/orders/consumer/app/version/1', pact);
      assert.equal(status, 400);
      assert.match(json.errors.pact[0], /consumer name in the pact \(web\)/);
    });

    it('publishes contracts with a branch and lists the pacticipants', async () => {
      const { call } = await setUp(stores);
      const { status, json } = await call('POST', '/contracts/publish', publication('1.0.0', 'main'));
      assert.equal(status, 200);
      assert.equal(
        json._links['pb:contracts'][0].href,
        `${base}/pacts/provider/orders/consumer/web/version/1.0.0`,
      );
      assert.equal(json._embedded.version.branch, 'main');
      const list = await call('GET', '/pacticipants');
      assert.deepEqual(
        list.json._embedded.pacticipants.map((p: { name: string }) => p.name),
        ['orders', 'web'],
      );
      const web = await call('GET', '/pacticipants/web');
      assert.equal(web.json.mainBranch, 'main');
      assert.equal((await call('GET', '/pacticipants/nobody')).status, 404);
    });

    it('says which publish-contracts fields are wrong', async () => {
      const { call } = await setUp(stores);
      const bad = { ...publication('1', 'main'), pacticipantVersionNumber: '' };
      assert.deepEqual((await call('POST', '/contracts/publish', bad)).json.errors, {
        pacticipantVersionNumber: ['is missing (a non-empty string)'],
      });
      const notBase64 = publication('1', 'main');
      notBase64.contracts[0] = {
        ...notBase64.contracts[0],
        content: 'not json',
      } as (typeof notBase64.contracts)[0];
      assert.match(
        (await call('POST', '/contracts/publish', notBase64)).json.errors['contracts[0]'][0],
        /base64 encoded JSON/,
      );
    });

    it('selects pacts for verification by selector, with pending status, and records results', async () => {
      const { call } = await setUp(stores);
      await call('POST', '/contracts/publish', publication('1', 'main'));
      await call(
        'POST',
        '/contracts/publish',
        publication('2', 'feat', { ...pact, interactions: [{ description: 'x' }] }),
      );
      const forVerification = (body: object) => call('POST', '/pacts/provider/orders/for-verification', body);
      const all = await forVerification({ consumerVersionSelectors: [], includePendingStatus: true });
      assert.equal(all.json._embedded.pacts.length, 1);
      const both = await forVerification({
        consumerVersionSelectors: [{ mainBranch: true }, { branch: 'feat' }],
        includePendingStatus: true,
      });
      const listed = both.json._embedded.pacts;
      assert.equal(listed.length, 2);
      assert.equal(listed[0].verificationProperties.pending, true);
      const pactUrl = new URL(listed[0]._links.self.href).pathname;
      const fetched = await call('GET', pactUrl);
      const resultsPath = new URL(fetched.json._links['pb:publish-verification-results'].href).pathname;
      const posted = await call('POST', resultsPath, {
        success: true,
        providerApplicationVersion: 'p1',
        testResults: [],
      });
      assert.equal(posted.status, 201);
      assert.equal((await call('GET', new URL(posted.json._links.self.href).pathname)).json.success, true);
      assert.equal((await call('GET', `${resultsPath}/latest`)).json.providerApplicationVersion, 'p1');
      const again = await forVerification({
        consumerVersionSelectors: [{ mainBranch: true }],
        includePendingStatus: true,
      });
      assert.equal(again.json._embedded.pacts[0].verificationProperties.pending, false);
    });

    it('answers a GET for verification as a POST without selectors, with its self link', async () => {
      const { call } = await setUp(stores);
      await call('POST', '/contracts/publish', publication('1', 'main'));
      const { status, json } = await call('GET', '/pacts/provider/orders/for-verification');
      assert.equal(status, 200);
      assert.equal(json._links.self.href, `${base}/pacts/provider/orders/for-verification`);
      assert.equal(json._embedded.pacts.length, 1);
      const provider = await call('GET', '/pacticipants/orders');
      assert.equal(
        provider.json._links['pb:branch-version'].href,
        `${base}/pacticipants/orders/branches/{branch}/versions/{version}`,
      );
    });

    it("refuses invalid selectors with the Pact Broker's rules, naming each", async () => {
      const { call } = await setUp(stores);
      const { status, json } = await call('POST', '/pacts/provider/orders/for-verification', {
        consumerVersionSelectors: [
          { tag: 'prod', branch: 'main' },
          { matchingBranch: true },
          { environment: 'nowhere' },
        ],
      });
      assert.equal(status, 400);
      assert.deepEqual(json.errors.consumerVersionSelectors, [
        '[0] tag and branch cannot be used together',
        '[1] matchingBranch requires providerVersionBranch in the request',
        '[2] no environment named "nowhere" exists',
      ]);
    });

    it('answers malformed JSON with 400, unknown routes with 404, big bodies with 413, then keeps serving', async () => {
      const { call } = await setUp(stores, 100);
      const malformed = await call('POST', '/contracts/publish', '{"oops"');
      assert.equal(malformed.status, 400);
      assert.match(malformed.json.error.message, /not valid JSON/);
      const unknown = await call('GET', '/nothing/here');
      assert.equal(unknown.status, 404);
      assert.match(unknown.json.error.message, /No resource at GET \/nothing\/here/);
      assert.equal((await call('POST', '/contracts/publish', { padding: 'x'.repeat(200) })).status, 413);
      assert.equal((await call('DELETE', '/pacticipants')).status, 405);
      assert.equal((await call('GET', '/')).status, 200);
    });
  });
