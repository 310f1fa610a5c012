import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capturedIo } from '../../../test/support/captured-io.ts';
import { httpPact } from '../../../test/support/sample-pacts.ts';
import { startBroker } from '../../broker/index.ts';
import { main } from '../main.ts';

const pact = JSON.stringify(httpPact([], { specVersion: null }));

/** Sets `variables` for the length of `body`, then puts the environment back. */
async function withEnv<T>(variables: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  Object.assign(process.env, variables);
  try {
    return await body();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe('seam record-undeployment and record-support-ended', () => {
  it('ends a deployment and a release on a broker, and refuses what is not deployed', async () => {
    await using broker = await startBroker({ port: 0 });
    const url = ['--broker-url', broker.url];
    await broker.store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '1',
      content: pact,
    });
    assert.equal(await main(['create-environment', '--name', 'production', ...url], capturedIo().io), 0);
    const target = ['--pacticipant', 'web', '--version', '1', '--environment', 'production', ...url];
    assert.equal(await main(['record-deployment', ...target], capturedIo().io), 0);
    assert.equal(await main(['record-release', ...target], capturedIo().io), 0);
    const environment = await broker.store.findEnvironmentByName('production');
    assert.ok(environment !== undefined);
    assert.equal((await broker.store.currentVersions(environment.uuid, ['deployed', 'released'])).length, 2);

    const undeployed = capturedIo();
    assert.equal(await main(['record-undeployment', ...target], undeployed.io), 0, undeployed.errors());
    assert.match(undeployed.text(), /recorded undeployment of web 1 from production/);
    assert.deepEqual(await broker.store.currentVersions(environment.uuid, ['deployed']), []);
    const again = capturedIo();
    assert.equal(await main(['record-undeployment', ...target], again.io), 1);
    assert.match(again.errors(), /web 1 is not currently deployed to production/);

    const ended = capturedIo();
    assert.equal(await main(['record-support-ended', ...target], ended.io), 0, ended.errors());
    assert.match(ended.text(), /recorded support ended for web 1 in production/);
    assert.deepEqual(await broker.store.currentVersions(environment.uuid, ['released']), []);
    // Ending it again is refused rather than re-recording the release.
    const endedAgain = capturedIo();
    assert.equal(await main(['record-support-ended', ...target], endedAgain.io), 1);
    assert.match(endedAgain.errors(), /web 1 is not a currently supported release in production/);
    assert.deepEqual(await broker.store.currentVersions(environment.uuid, ['released']), []);
  });

  it('exits 2 naming what is missing', async () => {
    for (const command of ['record-undeployment', 'record-support-ended']) {
      const { errors, io } = capturedIo();
      assert.equal(await main([command, '--broker-url', 'http://127.0.0.1:9'], io), 2, command);
      assert.match(errors(), /Missing --pacticipant, --version, --environment/);
    }
  });
});

describe('broker connection of the broker client commands', () => {
  it('takes the URL and basic-auth credentials from PACT_BROKER_* variables', async () => {
    const credentials = { username: 'ci', password: 's3cret' };
    await using broker = await startBroker({ port: 0, auth: { basicAuth: credentials } });
    const env = {
      PACT_BROKER_BASE_URL: broker.url,
      PACT_BROKER_USERNAME: 'ci',
      PACT_BROKER_PASSWORD: 's3cret',
    };
    const created = capturedIo();
    await withEnv(env, async () => {
      assert.equal(await main(['create-environment', '--name', 'test'], created.io), 0, created.errors());
    });
    assert.match(created.text(), /created environment test/);
    const refused = capturedIo();
    const wrong = { ...env, PACT_BROKER_PASSWORD: 'nope' };
    await withEnv(wrong, async () => {
      assert.equal(await main(['create-environment', '--name', 'stage'], refused.io), 1);
    });
    assert.match(refused.errors(), /answered 401/);
  });

  it('lets flags win over the variables, and takes a bearer token from PACT_BROKER_TOKEN', async () => {
    await using broker = await startBroker({
      port: 0,
      auth: { writeToken: 'w', basicAuth: { username: 'u', password: 'p' } },
    });
    const flags = ['--broker-url', broker.url, '--broker-username', 'u', '--broker-password', 'p'];
    const byFlags = capturedIo();
    await withEnv({ PACT_BROKER_USERNAME: 'x', PACT_BROKER_PASSWORD: 'y' }, async () => {
      assert.equal(
        await main(['create-environment', '--name', 'a', ...flags], byFlags.io),
        0,
        byFlags.errors(),
      );
    });
    const byToken = capturedIo();
    await withEnv({ PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_TOKEN: 'w' }, async () => {
      assert.equal(await main(['create-environment', '--name', 'b'], byToken.io), 0, byToken.errors());
    });
  });
});
