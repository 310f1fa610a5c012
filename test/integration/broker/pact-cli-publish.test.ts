/**
 * The official Pact CLI (`pact broker`, the Rust client shipped in npm `@pact-foundation/pact-cli`)
 * publishing and reading contracts against seam's broker, on both stores: publish with branch and
 * tags, the refusal of a changed pact (https://docs.pact.io/go/versioning), list-latest-pact-versions,
 * get-pacts by consumer branch, and create-or-update-webhook with test-webhook.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrokerHandle, startBroker } from '../../../src/broker/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { orderPact } from '../../support/order-pact.ts';
import { pactBroker } from '../../support/pact-cli.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const pact = (consumer: string, orderId: string) =>
  orderPact({ consumer, orderId, body: { id: orderId }, specVersion: '2.0.0' });

for (const kind of storeKinds)
  describe(`the Pact CLI publishing to seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    let dir: string;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'seam-pact-cli-publish-'));
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
      await stores.dropAll();
    });

    /** Writes the pact to its own file and answers the path. */
    async function pactFile(name: string, content: object): Promise<string> {
      const file = join(dir, `${name}.json`);
      await writeFile(file, JSON.stringify(content));
      return file;
    }

    async function publish(broker: BrokerHandle, file: string, version: string, ...flags: string[]) {
      return pactBroker(broker.url, 'publish', file, '--consumer-app-version', version, ...flags);
    }

    it('publishes with a branch and tags: the version carries both, and the CLI shows the notices', async () => {
      await using broker = await startBroker(await stores.options());
      const file = await pactFile('tagged', pact('web', '7'));
      const run = await publish(broker, file, '1.0.0', '--branch', 'main', '--tag', 'prod', 'dev');
      assert.equal(run.code, 0, run.output);
      assert.doesNotMatch(run.stdout, /Failed to process response notices/, run.output);
      assert.match(run.stdout, /Created web version 1\.0\.0 with branch main and tags prod, dev/);
      assert.match(run.stdout, /Pact successfully published for web version 1\.0\.0 and provider orders\./);
      assert.deepEqual((await broker.store.tagsOf('web', '1.0.0')).sort(), ['dev', 'prod']);
      assert.equal((await broker.store.findVersion('web', '1.0.0'))?.branch, 'main');
      const tagged = await fetch(`${broker.url}/pacts/provider/orders/consumer/web/latest/prod`);
      assert.equal(tagged.status, 200);
    });

    it('refuses a changed pact for a published consumer version, and takes the same pact again', async () => {
      await using broker = await startBroker(await stores.options());
      const original = await pactFile('original', pact('web', '7'));
      const changed = await pactFile('changed', pact('web', '8'));
      assert.equal((await publish(broker, original, '1.0.0', '--branch', 'main')).code, 0);
      const refused = await publish(broker, changed, '1.0.0', '--branch', 'main');
      assert.equal(refused.code, 1, refused.output);
      assert.match(
        refused.stdout,
        /Cannot change the content of the pact for web version 1\.0\.0 and provider orders/,
      );
      assert.match((await broker.store.findPact('orders', 'web', '1.0.0'))?.content ?? '', /orders\/7/);
      const again = await publish(broker, original, '1.0.0', '--branch', 'main');
      assert.equal(again.code, 0, again.output);
      assert.match(
        again.stdout,
        /republished for web version 1\.0\.0 and provider orders with no content changes/,
      );
    });

    it('replaces a changed pact, with a warning, when the broker allows contract modification', async () => {
      await using broker = await startBroker({
        ...(await stores.options()),
        allowContractModification: true,
      });
      assert.equal((await publish(broker, await pactFile('first', pact('web', '7')), '1.0.0')).code, 0);
      const replaced = await publish(broker, await pactFile('second', pact('web', '8')), '1.0.0');
      assert.equal(replaced.code, 0, replaced.output);
      assert.match(
        replaced.stdout,
        /Pact with changed content published over existing content for web version 1\.0\.0/,
      );
      assert.match((await broker.store.findPact('orders', 'web', '1.0.0'))?.content ?? '', /orders\/8/);
    });

    it('merges a pact into the published one with --merge when the broker allows contract modification', async () => {
      await using broker = await startBroker({
        ...(await stores.options()),
        allowContractModification: true,
      });
      assert.equal((await publish(broker, await pactFile('order-7', pact('web', '7')), '1.0.0')).code, 0);
      const merged = await publish(broker, await pactFile('order-8', pact('web', '8')), '1.0.0', '--merge');
      assert.equal(merged.code, 0, merged.output);
      assert.match(
        merged.stdout,
        /Pact content merged with existing content for web version 1\.0\.0 and provider orders/,
      );
      const stored = JSON.parse((await broker.store.findPact('orders', 'web', '1.0.0'))?.content ?? '{}') as {
        interactions: { description: string }[];
      };
      assert.deepEqual(
        stored.interactions.map((interaction) => interaction.description),
        ['a request for order 7', 'a request for order 8'],
      );
    });

    it('lists the latest pact version of each integration', async () => {
      await using broker = await startBroker(await stores.options());
      assert.equal((await publish(broker, await pactFile('web-1', pact('web', '1')), '1.0.0')).code, 0);
      assert.equal((await publish(broker, await pactFile('web-2', pact('web', '2')), '1.0.1')).code, 0);
      assert.equal((await publish(broker, await pactFile('app-1', pact('app', '1')), 'a1')).code, 0);
      const run = await pactBroker(broker.url, 'list-latest-pact-versions', '--output', 'json');
      assert.equal(run.code, 0, run.output);
      const listed = JSON.parse(run.stdout) as {
        pacts: {
          _embedded: {
            consumer: { name: string; _embedded: { version: { number: string } } };
            provider: { name: string };
          };
        }[];
      };
      assert.deepEqual(
        listed.pacts.map(({ _embedded: { consumer, provider } }) => [
          consumer.name,
          consumer._embedded.version.number,
          provider.name,
        ]),
        [
          ['app', 'a1', 'orders'],
          ['web', '1.0.1', 'orders'],
        ],
      );
      const table = await pactBroker(broker.url, 'list-latest-pact-versions', '--output', 'table');
      assert.equal(table.code, 0, table.output);
      assert.match(table.stdout, /"web"\s*┆\s*"1\.0\.1"\s*┆\s*"orders"/);
    });

    it("gets a provider's pacts by consumer branch", async () => {
      await using broker = await startBroker(await stores.options());
      assert.equal(
        (await publish(broker, await pactFile('main', pact('web', '1')), '1', '--branch', 'main')).code,
        0,
      );
      assert.equal(
        (await publish(broker, await pactFile('feat', pact('web', '2')), '2', '--branch', 'feat')).code,
        0,
      );
      const hrefs = async (...args: string[]) => {
        const run = await pactBroker(
          broker.url,
          'get-pacts',
          '--provider',
          'orders',
          ...args,
          '--output',
          'json',
        );
        assert.equal(run.code, 0, run.output);
        return (JSON.parse(run.stdout) as { pacts: { href: string }[] }).pacts.map((link) =>
          link.href.replace(/^.*consumer\//, ''),
        );
      };
      assert.deepEqual(await hrefs('--branch', 'feat'), ['web/version/2']);
      assert.deepEqual(await hrefs('--branch', 'feat', '--latest'), ['web/version/2']);
      assert.deepEqual(await hrefs(), ['web/version/1']);
      assert.deepEqual(await hrefs('--latest'), ['web/version/1']);
    });

    it('creates and updates a webhook with a chosen uuid, and test-webhook delivers it', async () => {
      const received: { path: string; body: string }[] = [];
      await using receiver = await startHttpServer(async (request) => {
        received.push({ path: new URL(request.url).pathname, body: await request.text() });
        return new Response('ok');
      });
      await using broker = await startBroker({
        ...(await stores.options()),
        webhooks: { allowHosts: ['127.0.0.1'] },
      });
      // As in the Pact Broker, a webhook may name only pacticipants that exist.
      assert.equal((await publish(broker, await pactFile('hooked', pact('web', '7')), '1')).code, 0);
      const uuid = 'd2f2b1a0-5c1e-4b7e-9a53-0c6f2b7a1e01';
      const webhook = (...flags: string[]) =>
        pactBroker(
          broker.url,
          'create-or-update-webhook',
          `${receiver.url}/hooks/ci`,
          '--uuid',
          uuid,
          '--request',
          'POST',
          '--header',
          'Content-Type: application/json',
          '--data',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: webhook templates hold ${pactbroker.*} placeholders literally.
          '{"consumer":"${pactbroker.consumerName}","provider":"${pactbroker.providerName}"}',
          '--consumer',
          'web',
          '--provider',
          'orders',
          ...flags,
        );
      const created = await webhook('--description', 'notify CI', '--contract-content-changed');
      assert.equal(created.code, 0, created.output);
      assert.equal((await broker.store.findWebhook(uuid))?.description, 'notify CI');
      const updated = await webhook(
        '--description',
        'notify CI of every publication',
        '--contract-published',
      );
      assert.equal(updated.code, 0, updated.output);
      const saved = await broker.store.findWebhook(uuid);
      assert.equal(saved?.description, 'notify CI of every publication');
      assert.deepEqual(saved?.events, ['contract_published']);
      assert.equal((await broker.store.listWebhooks()).length, 1);

      received.length = 0;
      const tested = await pactBroker(broker.url, 'test-webhook', '--uuid', uuid);
      assert.equal(tested.code, 0, tested.output);
      assert.match(tested.stdout, /"success":true/);
      assert.deepEqual(received, [{ path: '/hooks/ci', body: '{"consumer":"web","provider":"orders"}' }]);
    });
  });
