import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capturedIo } from '../../../test/support/captured-io.ts';
import { httpPact } from '../../../test/support/sample-pacts.ts';
import { startBroker } from '../../broker/index.ts';
import { main } from '../main.ts';

const pact = (provider: string) => JSON.stringify(httpPact([], { provider, specVersion: null }));

describe('seam create-environment, record-deployment, record-release, can-i-deploy', () => {
  it('exits 2 naming what is missing', async () => {
    for (const command of ['can-i-deploy', 'record-deployment', 'record-release', 'create-environment']) {
      const { errors, io } = capturedIo();
      assert.equal(await main([command, '--broker-url', 'http://127.0.0.1:9'], io), 2, command);
      assert.match(errors(), /Missing --/);
    }
    const { errors, io } = capturedIo();
    const args = ['can-i-deploy', '--pacticipant', 'web', '--version', '1', '--broker-url', 'http://b'];
    assert.equal(await main(args, io), 2);
    assert.match(errors(), /one of --to-environment or --to/);
  });

  it('records a deployment and answers can-i-deploy with exit codes and reasons', async () => {
    await using broker = await startBroker();
    const url = ['--broker-url', broker.url];
    const created = capturedIo();
    assert.equal(
      await main(['create-environment', '--name', 'production', '--production', ...url], created.io),
      0,
    );
    assert.match(created.text(), /created environment production \(.+\)/);
    assert.equal(await main(['create-environment', '--name', 'production', ...url], capturedIo().io), 1);

    const { store } = broker;
    const good = await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '1',
      content: pact('orders'),
    });
    await store.recordVerification({
      consumer: 'web',
      provider: 'orders',
      sha: good.sha,
      providerVersion: 'o1',
      success: true,
      results: {},
    });
    await store.publishPact({
      consumer: 'web',
      provider: 'billing',
      consumerVersion: '2',
      content: pact('billing'),
    });

    const deployment = capturedIo();
    const target = ['--pacticipant', 'orders', '--version', 'o1', '--environment', 'production', ...url];
    assert.equal(await main(['record-deployment', ...target], deployment.io), 0, deployment.errors());
    assert.match(deployment.text(), /recorded deployment of orders o1 to production/);
    const release = capturedIo();
    assert.equal(await main(['record-release', ...target], release.io), 0, release.errors());
    const unknown = capturedIo();
    assert.equal(
      await main(['record-deployment', ...target.slice(0, 4), '--environment', 'nope', ...url], unknown.io),
      1,
    );
    assert.match(unknown.errors(), /no environment named "nope"/);

    const yes = capturedIo();
    const ask = (version: string) => [
      'can-i-deploy',
      '--pacticipant',
      'web',
      '--version',
      version,
      '--to-environment',
      'production',
      ...url,
    ];
    assert.equal(await main(ask('1'), yes.io), 0, yes.errors());
    assert.match(yes.text(), /Computer says yes/);
    const no = capturedIo();
    assert.equal(await main(ask('2'), no.io), 1);
    assert.match(
      no.text(),
      /Computer says no[\s\S]*There is no verified pact between version 2 of web and a version of billing currently in production/,
    );
    const json = capturedIo();
    assert.equal(await main([...ask('1'), '--json'], json.io), 0);
    assert.equal((JSON.parse(json.text()) as { summary: { deployable: boolean } }).summary.deployable, true);
  });
});
