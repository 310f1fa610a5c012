import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openSqliteStore } from './sqlite-store.ts';

const pact = (consumer: string, provider: string) =>
  JSON.stringify({ consumer: { name: consumer }, provider: { name: provider }, interactions: [] });

describe('openSqliteStore: tags, environments, deployments, the matrix', () => {
  it('tags versions and finds the latest version carrying a tag', async () => {
    const store = openSqliteStore();
    await store.addTag('web', '1', 'prod');
    await store.addTag('web', '2', 'prod');
    await store.addTag('web', '2', 'prod');
    await store.addTag('orders', '7', 'prod');
    await store.recordVersion('web', '3');
    assert.deepEqual(await store.tagsOf('web', '2'), ['prod']);
    assert.equal((await store.latestVersion('web', 'prod'))?.number, '2');
    assert.equal((await store.latestVersion('web'))?.number, '3');
    assert.deepEqual(
      (await store.latestVersionsWithTag('prod')).map((v) => `${v.pacticipant}@${v.number}`).sort(),
      ['orders@7', 'web@2'],
    );
    await store.close();
  });

  it('creates environments with unique names', async () => {
    const store = openSqliteStore();
    const production = await store.createEnvironment({ name: 'production', production: true });
    assert.equal(production?.production, true);
    assert.equal(await store.createEnvironment({ name: 'production' }), undefined);
    assert.equal((await store.findEnvironmentByName('production'))?.uuid, production?.uuid);
    assert.equal((await store.listEnvironments()).length, 1);
    await store.close();
  });

  it('replaces the deployed version per application instance, and undeploys', async () => {
    const store = openSqliteStore();
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
    const store = openSqliteStore();
    const env = (await store.createEnvironment({ name: 'app-store' }))?.uuid ?? '';
    const first = await store.recordRelease({ pacticipant: 'ios', version: '5', environmentUuid: env });
    const again = await store.recordRelease({ pacticipant: 'ios', version: '5', environmentUuid: env });
    assert.equal(first.uuid, again.uuid);
    assert.equal((await store.currentVersions(env, ['deployed', 'released'])).length, 1);
    await store.endEnvironmentVersion('released', first.uuid);
    assert.deepEqual(await store.currentVersions(env, ['released']), []);
    await store.close();
  });

  it('joins pact publications with every verification of their content', async () => {
    const store = openSqliteStore();
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
    await store.close();
  });
});
