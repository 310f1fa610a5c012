/**
 * The official Pact verifier (`pact verifier`, the Rust binary shipped in npm
 * `@pact-foundation/pact-cli`) fetching pacts from seam's broker, on both stores: consumer version
 * selectors, pending and work-in-progress pacts (https://docs.pact.io/pact_broker/advanced_topics/pending_pacts,
 * https://docs.pact.io/go/wip), the provider branch, and published results that seam's matrix shows.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { type BrokerHandle, startBroker } from '../../../src/broker/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { contractPublication } from '../../support/contract-publication.ts';
import { orderPact } from '../../support/order-pact.ts';
import { type PactCliRun, runPactCli } from '../../support/pact-cli.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

/** Runs `pact verifier` for the provider `orders` at `providerUrl` against the broker. */
function verify(broker: BrokerHandle, providerUrl: string, ...args: string[]): Promise<PactCliRun> {
  const { hostname, port } = new URL(providerUrl);
  return runPactCli(
    [
      'verifier',
      ...['--broker-url', broker.url, '--provider-name', 'orders'],
      ...['--hostname', hostname, '--port', port, '--no-colour', '--retries', '0'],
      ...args,
    ],
    { timeoutMs: 120_000 },
  );
}

const pact = (orderId: string) => orderPact({ orderId, body: { id: orderId }, specVersion: '2.0.0' });

/** Publishes web's pact for order `orderId` as consumer version `version`, on `branch`, with tags. */
async function publish(
  broker: BrokerHandle,
  version: string,
  branch: string,
  orderId: string,
  tags: string[] = [],
) {
  const response = await fetch(`${broker.url}/contracts/publish`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(contractPublication(version, pact(orderId), { branch, tags })),
  });
  assert.equal(response.status, 200, await response.text());
}

/** A provider that knows orders 1 to 9, answering each as `{ id }`; `broken` answers 500. */
function startOrders(broken = false) {
  return startHttpServer(async (request) => {
    const id = new URL(request.url).pathname.split('/').pop() ?? '';
    if (broken) return new Response('down', { status: 500 });
    return /^[1-9]$/.test(id)
      ? Response.json({ id })
      : Response.json({ error: 'no such order' }, { status: 404 });
  });
}

interface MatrixRow {
  consumer: { version: { number: string } };
  provider: { version?: { number: string; branch?: string } };
  verificationResult?: { success: boolean };
}

/** What seam's matrix says about web `consumerVersion` and orders `providerVersion`. */
async function matrixRows(broker: BrokerHandle, consumerVersion: string, providerVersion: string) {
  const query = new URLSearchParams([
    ['q[][pacticipant]', 'web'],
    ['q[][version]', consumerVersion],
    ['q[][pacticipant]', 'orders'],
    ['q[][version]', providerVersion],
  ]);
  const response = await fetch(`${broker.url}/matrix?${query}`);
  assert.equal(response.status, 200);
  return ((await response.json()) as { matrix: MatrixRow[] }).matrix.map((row) => ({
    consumer: row.consumer.version.number,
    provider: row.provider.version?.number,
    providerBranch: row.provider.version?.branch,
    success: row.verificationResult?.success,
  }));
}

for (const kind of storeKinds)
  describe(`the Pact verifier with seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    it('verifies the main-branch pact and a pending WIP pact, publishing results the matrix shows', async () => {
      await using broker = await startBroker(await stores.options());
      await using provider = await startOrders();
      await publish(broker, '1', 'main', '7');
      await publish(broker, '2', 'feat', '404'); // the provider knows no order 404: a failing WIP pact
      const run = await verify(
        broker,
        provider.url,
        ...['--consumer-version-selectors', '{"mainBranch":true}'],
        ...['--enable-pending', '--include-wip-pacts-since', '2020-01-01'],
        ...['--provider-branch', 'main', '--publish', '--provider-version', 'orders-1'],
      );
      assert.equal(run.code, 0, run.output);
      assert.match(run.output, /latest version of web from its main branch 'main'/);
      assert.match(run.output, /is being verified because it is a "work in progress" pact/);
      assert.match(run.output, /a request for order 404[\s\S]*FAILED/);
      assert.deepEqual(await matrixRows(broker, '1', 'orders-1'), [
        { consumer: '1', provider: 'orders-1', providerBranch: 'main', success: true },
      ]);
      assert.deepEqual(await matrixRows(broker, '2', 'orders-1'), [
        { consumer: '2', provider: 'orders-1', providerBranch: 'main', success: false },
      ]);
    });

    it('fails the run when a pact the provider branch verified before now fails, and the matrix records it', async () => {
      await using broker = await startBroker(await stores.options());
      await publish(broker, '1', 'main', '7', ['prod']);
      const selectors = ['--consumer-version-selectors', '{"tag":"prod","latest":true}', '--enable-pending'];
      {
        await using provider = await startOrders();
        const first = await verify(
          broker,
          provider.url,
          ...selectors,
          '--provider-branch',
          'main',
          '--publish',
          '--provider-version',
          'orders-1',
        );
        assert.equal(first.code, 0, first.output);
        assert.match(first.output, /in pending state/);
      }
      await using broken = await startOrders(true);
      const second = await verify(
        broker,
        broken.url,
        ...selectors,
        '--provider-branch',
        'main',
        '--publish',
        '--provider-version',
        'orders-2',
      );
      assert.notEqual(second.code, 0, second.output);
      assert.match(second.output, /has previously been successfully verified by orders/);
      assert.deepEqual(await matrixRows(broker, '1', 'orders-2'), [
        { consumer: '1', provider: 'orders-2', providerBranch: 'main', success: false },
      ]);
    });

    it('selects by consumer version tags and publishes with provider tags, which the provider version then carries', async () => {
      await using broker = await startBroker(await stores.options());
      await using provider = await startOrders();
      await publish(broker, '1', 'main', '7', ['prod']);
      await publish(broker, '2', 'feat', '8');
      const run = await verify(
        broker,
        provider.url,
        ...['--consumer-version-tags', 'prod', '--provider-tags', 'prod,dev'],
        ...['--provider-branch', 'main', '--publish', '--provider-version', 'orders-1'],
      );
      assert.equal(run.code, 0, run.output);
      assert.doesNotMatch(run.output, /Publishing of verification results failed/);
      assert.match(run.output, /a request for order 7/);
      assert.doesNotMatch(run.output, /a request for order 8/);
      assert.deepEqual((await broker.store.tagsOf('orders', 'orders-1')).sort(), ['dev', 'prod']);
      assert.deepEqual(await matrixRows(broker, '1', 'orders-1'), [
        { consumer: '1', provider: 'orders-1', providerBranch: 'main', success: true },
      ]);
    });

    it('judges pending and WIP pacts per provider tag when the verifier gives tags and no branch', async () => {
      await using broker = await startBroker(await stores.options());
      await publish(broker, '1', 'main', '7');
      const selectors = ['--consumer-version-selectors', '{"mainBranch":true}', '--enable-pending'];
      {
        await using provider = await startOrders();
        const untagged = await verify(
          broker,
          provider.url,
          ...selectors,
          '--publish',
          '--provider-version',
          'orders-1',
        );
        assert.equal(untagged.code, 0, untagged.output);
      }
      await publish(broker, '2', 'feat', '404'); // a failing WIP pact
      await using broken = await startOrders(true);
      // Verified only by an untagged provider version: still pending for versions tagged master.
      const run = await verify(
        broker,
        broken.url,
        ...selectors,
        ...['--include-wip-pacts-since', '2020-01-01', '--provider-tags', 'master'],
        ...['--publish', '--provider-version', 'orders-2'],
      );
      assert.equal(run.code, 0, run.output);
      assert.match(run.output, /in pending state for this version of orders/);
      assert.match(run.output, /is being verified because it is a "work in progress" pact/);
      assert.deepEqual(await broker.store.tagsOf('orders', 'orders-2'), ['master']);
      assert.deepEqual(await matrixRows(broker, '2', 'orders-2'), [
        { consumer: '2', provider: 'orders-2', providerBranch: undefined, success: false },
      ]);
    });

    it('verifies the latest pacts when given no selectors, publishing results the matrix shows', async () => {
      await using broker = await startBroker(await stores.options());
      await using provider = await startOrders();
      await publish(broker, '1', 'main', '7');
      const run = await verify(broker, provider.url, '--publish', '--provider-version', 'orders-1');
      assert.equal(run.code, 0, run.output);
      assert.match(run.output, /a request for order 7/);
      assert.deepEqual(await matrixRows(broker, '1', 'orders-1'), [
        { consumer: '1', provider: 'orders-1', providerBranch: undefined, success: true },
      ]);
    });

    it('verifies no pact and fails when the selectors match none, unless told to ignore it', async () => {
      await using broker = await startBroker(await stores.options());
      await using provider = await startOrders();
      await publish(broker, '1', 'main', '7');
      const selectors = ['--consumer-version-selectors', '{"branch":"nowhere"}'];
      const none = await verify(broker, provider.url, ...selectors);
      assert.notEqual(none.code, 0, none.output);
      assert.match(none.output, /No pacts found for provider 'orders'/);
      const ignored = await verify(broker, provider.url, ...selectors, '--ignore-no-pacts-error');
      assert.equal(ignored.code, 0, ignored.output);
    });
  });
