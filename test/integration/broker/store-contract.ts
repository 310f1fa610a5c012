/**
 * The behaviour every {@link BrokerStore} shares, as a test suite: each store's test file calls
 * {@link describeStoreContract} with a function opening a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrokerStore } from '../../../src/broker/store/broker-store.ts';

const pact = (consumer: string, provider: string, extra = {}) =>
  JSON.stringify({ consumer: { name: consumer }, provider: { name: provider }, interactions: [], ...extra });

/**
 * Registers the shared store tests under `label`.
 *
 * @example
 * describeStoreContract('sqlite', async () => openSqliteStore());
 */
export function describeStoreContract(label: string, open: () => Promise<BrokerStore>): void {
  describe(`${label}: the BrokerStore contract`, () => {
    it('stores identical content once, whatever its key order', async () => {
      const store = await open();
      const a = await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('web', 'orders'),
      });
      const reordered = JSON.stringify({
        interactions: [],
        provider: { name: 'orders' },
        consumer: { name: 'web' },
      });
      const b = await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '2',
        content: reordered,
      });
      assert.equal(a.sha, b.sha);
      assert.equal((await store.findPactBySha('orders', 'web', a.sha))?.consumerVersion, '2');
      await store.close();
    });

    it('lists the latest pact per consumer, by branch and by main branch', async () => {
      const store = await open();
      const publish = (consumer: string, version: string, branch: string, n: number) =>
        store.publishPact({
          consumer,
          provider: 'orders',
          consumerVersion: version,
          branch,
          content: pact(consumer, 'orders', { n }),
        });
      await publish('web', '1', 'main', 1);
      await publish('web', '2', 'feat-x', 2);
      await publish('app', '7', 'develop', 3);
      const latest = await store.latestPacts({ provider: 'orders' });
      assert.deepEqual(
        latest.map((p) => `${p.consumer}@${p.consumerVersion}`),
        ['app@7', 'web@2'],
      );
      const main = await store.latestPacts({ provider: 'orders', mainBranch: true });
      assert.deepEqual(
        main.map((p) => `${p.consumer}@${p.consumerVersion}`),
        ['app@7', 'web@1'],
      );
      const feature = await store.latestPacts({ provider: 'orders', branch: 'feat-x' });
      assert.deepEqual(
        feature.map((p) => p.consumerVersion),
        ['2'],
      );
      assert.equal((await store.findPacticipant('web'))?.mainBranch, 'main');
      await store.close();
    });

    it('records verification results against content and provider version, with its branch', async () => {
      const store = await open();
      const published = await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('web', 'orders'),
      });
      await store.recordVersion('orders', 'p0', 'early');
      await store.recordVersion('orders', 'p1', 'main');
      assert.deepEqual(await store.successfullyVerified('orders', [published.sha]), new Set());
      const input = {
        consumer: 'web',
        provider: 'orders',
        sha: published.sha,
        providerVersion: 'p1',
        results: {},
      };
      await store.recordVerification({ ...input, success: false });
      const second = await store.recordVerification({ ...input, success: true });
      assert.equal(second.providerBranch, 'main');
      assert.equal((await store.findVerification('orders', 'web', published.sha))?.id, second.id);
      const verified = new Set([published.sha]);
      assert.deepEqual(await store.successfullyVerified('orders', [published.sha, 'f00d']), verified);
      assert.deepEqual(await store.successfullyVerified('orders', [published.sha], 'main'), verified);
      // A branch that does not exist yet inherits what was verified before it; one that existed
      // before the verification does not.
      assert.deepEqual(await store.successfullyVerified('orders', [published.sha], 'new-branch'), verified);
      assert.deepEqual(await store.successfullyVerified('orders', [published.sha], 'early'), new Set());
      await store.close();
    });
    it("lists a provider's publications with the tags and environments of their consumer versions", async () => {
      const store = await open();
      await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1',
        branch: 'main',
        content: pact('web', 'orders'),
      });
      await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '2',
        branch: 'feat',
        content: pact('web', 'orders', { metadata: { revision: 2 } }),
      });
      await store.publishPact({
        consumer: 'app',
        provider: 'billing',
        consumerVersion: '1',
        content: pact('app', 'billing'),
      });
      await store.addTag('web', '1', 'prod');
      const production = await store.createEnvironment({ name: 'production' });
      const test = await store.createEnvironment({ name: 'test' });
      await store.recordDeployment({
        pacticipant: 'web',
        version: '1',
        environmentUuid: production?.uuid ?? '',
      });
      await store.recordRelease({ pacticipant: 'web', version: '2', environmentUuid: test?.uuid ?? '' });
      const selectable = await store.selectablePacts('orders');
      assert.deepEqual(
        selectable.map((s) => [
          s.pact.consumerVersion,
          s.pact.consumerBranch,
          s.consumerMainBranch,
          s.tags,
          s.deployedTo,
          s.releasedTo,
          s.pact.content,
        ]),
        [
          ['1', 'main', 'main', ['prod'], ['production'], [], ''],
          ['2', 'feat', 'main', [], [], ['test'], ''],
        ],
      );
      await store.close();
    });
    it('lists integrations with their latest pact and how it was verified', async () => {
      const store = await open();
      const first = await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('web', 'orders'),
      });
      await store.publishPact({
        consumer: 'app',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('app', 'orders'),
      });
      await store.recordVerification({
        consumer: 'web',
        provider: 'orders',
        sha: first.sha,
        providerVersion: 'p1',
        success: true,
        results: {},
      });
      assert.deepEqual(
        (await store.listIntegrations()).map((i) => [
          i.consumer,
          i.provider,
          i.latestPact.consumerVersion,
          i.latestVerification?.success,
          i.latestVerification?.providerVersion,
          i.lastVerifiedAt !== undefined,
        ]),
        [
          ['app', 'orders', '1', undefined, undefined, false],
          ['web', 'orders', '1', true, 'p1', true],
        ],
      );
      const second = await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '2',
        content: pact('web', 'orders', { metadata: { revision: 2 } }),
      });
      const [, web] = await store.listIntegrations();
      assert.deepEqual(
        (await store.listIntegrations({ consumer: 'web', provider: 'orders' })).map((i) => i.consumer),
        ['web'],
      );
      assert.deepEqual(await store.listIntegrations({ provider: 'nobody' }), []);
      assert.deepEqual(
        [web?.latestPact.sha, web?.latestVerification, web?.lastVerifiedAt !== undefined],
        [second.sha, undefined, true],
      );
      await store.close();
    });
    it('tags versions and finds the latest version carrying a tag', async () => {
      const store = await open();
      await store.addTag('web', '1', 'prod');
      await store.addTag('web', '2', 'prod');
      await store.addTag('web', '2', 'prod');
      await store.addTag('orders', '7', 'prod');
      await store.recordVersion('web', '3');
      await store.recordVersion('web', '1', 'main');
      assert.deepEqual(await store.tagsOf('web', '2'), ['prod']);
      assert.equal((await store.latestVersion('web', 'prod'))?.number, '2');
      assert.equal((await store.latestVersion('web'))?.number, '3');
      assert.equal((await store.latestVersion('web', undefined, 'main'))?.number, '1');
      assert.equal((await store.latestVersion('web', 'prod', 'main'))?.number, '1');
      assert.equal(await store.latestVersion('web', undefined, 'feat'), undefined);
      assert.deepEqual(
        (await store.listVersions('web')).map((v) => [v.number, v.branch]),
        [
          ['3', undefined],
          ['2', undefined],
          ['1', 'main'],
        ],
      );
      assert.deepEqual(
        (await store.listVersions('web', 1)).map((v) => v.number),
        ['3'],
      );
      assert.deepEqual(await store.listVersions('nobody'), []);
      assert.deepEqual(
        (await store.latestVersionsWithTag('prod')).map((v) => `${v.pacticipant}@${v.number}`).sort(),
        ['orders@7', 'web@2'],
      );
      await store.close();
    });

    it('creates environments with unique names', async () => {
      const store = await open();
      const production = await store.createEnvironment({ name: 'production', production: true });
      assert.equal(production?.production, true);
      assert.equal(await store.createEnvironment({ name: 'production' }), undefined);
      assert.equal((await store.findEnvironmentByName('production'))?.uuid, production?.uuid);
      assert.equal((await store.listEnvironments()).length, 1);
      await store.close();
    });

    it('replaces the deployed version per application instance, and undeploys', async () => {
      const store = await open();
      const env = (await store.createEnvironment({ name: 'production' }))?.uuid ?? '';
      await store.recordDeployment({ pacticipant: 'orders', version: '1', environmentUuid: env });
      await store.recordDeployment({
        pacticipant: 'orders',
        version: '1',
        environmentUuid: env,
        applicationInstance: 'eu',
      });
      const second = await store.recordDeployment({
        pacticipant: 'orders',
        version: '2',
        environmentUuid: env,
      });
      const current = await store.currentVersions(env, ['deployed']);
      assert.deepEqual(
        current.map((item) => `${item.version}/${item.applicationInstance ?? '-'}`),
        ['1/eu', '2/-'],
      );
      const ended = await store.endEnvironmentVersion('deployed', second.uuid);
      assert.equal(ended?.current, false);
      assert.equal((await store.currentVersions(env, ['deployed'])).length, 1);
      await store.close();
    });

    it('records releases once per version and ends their support', async () => {
      const store = await open();
      const env = (await store.createEnvironment({ name: 'app-store' }))?.uuid ?? '';
      const first = await store.recordRelease({ pacticipant: 'ios', version: '5', environmentUuid: env });
      const again = await store.recordRelease({ pacticipant: 'ios', version: '5', environmentUuid: env });
      assert.equal(first.uuid, again.uuid);
      assert.equal((await store.currentVersions(env, ['deployed', 'released'])).length, 1);
      await store.endEnvironmentVersion('released', first.uuid);
      assert.deepEqual(await store.currentVersions(env, ['released']), []);
      await store.close();
    });

    it('lists the pairs with a pact by name, and the current versions of some pacticipants only', async () => {
      const store = await open();
      await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('web', 'orders'),
      });
      await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '2',
        content: pact('web', 'orders'),
      });
      await store.publishPact({
        consumer: 'app',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('app', 'orders'),
      });
      await store.publishPact({
        consumer: 'web',
        provider: 'billing',
        consumerVersion: '1',
        content: pact('web', 'billing'),
      });
      assert.deepEqual(await store.pactPairs({ provider: 'orders' }), [
        { consumer: 'app', provider: 'orders' },
        { consumer: 'web', provider: 'orders' },
      ]);
      assert.deepEqual(
        (await store.pactPairs({ consumer: 'web' })).map((pair) => pair.provider),
        ['billing', 'orders'],
      );
      const env = (await store.createEnvironment({ name: 'production' }))?.uuid ?? '';
      await store.recordDeployment({ pacticipant: 'web', version: '2', environmentUuid: env });
      await store.recordRelease({ pacticipant: 'app', version: '1', environmentUuid: env });
      await store.recordDeployment({ pacticipant: 'orders', version: 'o1', environmentUuid: env });
      const some = await store.currentVersions(env, ['deployed', 'released'], ['web', 'app']);
      assert.deepEqual(some.map((item) => `${item.pacticipant}@${item.version}`).sort(), ['app@1', 'web@2']);
      assert.deepEqual(await store.currentVersions(env, ['deployed'], []), []);
      await store.close();
    });

    it('joins pact publications with every verification of their content', async () => {
      const store = await open();
      const published = await store.publishPact({
        consumer: 'web',
        provider: 'orders',
        consumerVersion: '1',
        content: pact('web', 'orders'),
      });
      await store.publishPact({
        consumer: 'web',
        provider: 'billing',
        consumerVersion: '1',
        content: pact('web', 'billing'),
      });
      for (const [providerVersion, success] of [
        ['a', false],
        ['b', true],
      ] as const)
        await store.recordVerification({
          consumer: 'web',
          provider: 'orders',
          sha: published.sha,
          providerVersion,
          success,
          results: {},
        });
      const rows = await store.matrixRows(['orders']);
      assert.deepEqual(
        rows.map(
          (row) => `${row.pact.provider}:${row.verification?.providerVersion}:${row.verification?.success}`,
        ),
        ['orders:a:false', 'orders:b:true'],
      );
      assert.equal((await store.matrixRows(['web'])).length, 3);
      const asConsumer = await store.matrixQuery({
        consumers: [{ pacticipant: 'web', version: '1' }],
        providerVersions: [{ pacticipant: 'orders', version: 'b' }],
      });
      assert.deepEqual(
        asConsumer.map(
          (row) => `${row.pact.provider}:${row.verification?.providerVersion}:${row.verification?.success}`,
        ),
        ['billing:undefined:undefined', 'orders:b:true'],
      );
      // Many deployed versions at once (more than SQLite's expression depth would allow as ORs).
      const many = Array.from({ length: 600 }, (_, n) => ({ pacticipant: `svc-${n}`, version: '1' }));
      const asProvider = await store.matrixQuery({
        consumers: [...many, { pacticipant: 'web', version: '1' }],
        providers: ['orders'],
        providerVersions: [{ pacticipant: 'orders', version: 'c' }],
      });
      assert.deepEqual(
        asProvider.map((row) => `${row.pact.provider}:${row.verification?.providerVersion}`),
        ['orders:undefined'],
      );
      await store.close();
    });
    it('keeps every concurrent publication, creating shared pacticipants once', async () => {
      const store = await open();
      await Promise.all(
        Array.from({ length: 8 }, (_, n) =>
          store.publishPact({
            consumer: 'web',
            provider: 'orders',
            consumerVersion: String(n),
            branch: 'main',
            content: pact('web', 'orders', { n }),
          }),
        ),
      );
      assert.deepEqual(
        (await store.listPacticipants()).map((p) => p.name),
        ['orders', 'web'],
      );
      for (let n = 0; n < 8; n++)
        assert.notEqual(await store.findPact('orders', 'web', String(n)), undefined);
      await store.close();
    });
  });
}
