/**
 * The official Pact CLI (`pact-broker`, the Rust client shipped in npm `@pact-foundation/pact-cli`)
 * against seam's broker, on both stores: environments, pacticipants, tags, deployments, releases
 * and can-i-deploy, each checked against what the Pact Broker answers
 * (https://docs.pact.io/pact_broker/can_i_deploy, https://docs.pact.io/pact_broker/advanced_topics/matrix_selectors,
 * https://docs.pact.io/pact_broker/recording_deployments_and_releases). Pacts and verification
 * results are seeded through seam's HTTP API.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { type BrokerHandle, startBroker } from '../../../src/broker/index.ts';
import { type PactCliRun, pactBroker } from '../../support/pact-cli.ts';
import { getInteraction, httpPact } from '../../support/sample-pacts.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

/** `--pacticipant <pacticipant> --version <version>`, a version as the CLI's flags name it. */
const version = (pacticipant: string, number: string) => ['--pacticipant', pacticipant, '--version', number];

/** `pact broker <command>` for a version in an environment: record-deployment, record-release... */
function record(
  broker: BrokerHandle,
  command: 'record-deployment' | 'record-release' | 'record-support-ended',
  pacticipant: string,
  number: string,
  environment = 'production',
): Promise<PactCliRun> {
  return pactBroker(broker.url, command, ...version(pacticipant, number), '--environment', environment);
}

/** `pact broker can-i-deploy` for a version to an environment. */
function canIDeployTo(broker: BrokerHandle, pacticipant: string, number: string, environment = 'production') {
  return pactBroker(
    broker.url,
    'can-i-deploy',
    ...version(pacticipant, number),
    '--to-environment',
    environment,
  );
}

// Each consumer version's pact differs, so a verification counts for that version only.
const pact = (consumer: string, version: string, provider: string) =>
  httpPact([getInteraction(`a request from ${consumer} ${version}`, `/${consumer}`)], { consumer, provider });

async function publish(broker: BrokerHandle, consumer: string, version: string, provider: string) {
  const response = await fetch(
    `${broker.url}/pacts/provider/${provider}/consumer/${consumer}/version/${version}`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(pact(consumer, version, provider)),
    },
  );
  assert.ok(response.ok, await response.text());
}

async function verify(
  broker: BrokerHandle,
  consumer: string,
  version: string,
  provider: string,
  providerVersion: string,
  success: boolean,
) {
  const found = await fetch(
    `${broker.url}/pacts/provider/${provider}/consumer/${consumer}/version/${version}`,
  );
  const body = (await found.json()) as { _links: Record<string, { href: string }> };
  const href = body._links['pb:publish-verification-results']?.href ?? '';
  const response = await fetch(href, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ success, providerApplicationVersion: providerVersion }),
  });
  assert.ok(response.ok, await response.text());
}

async function ok(run: Promise<PactCliRun>): Promise<PactCliRun> {
  const result = await run;
  assert.equal(result.code, 0, result.output);
  return result;
}

interface MatrixJson {
  summary: { deployable: boolean | null; reason: string; success: number; failed: number; unknown: number };
  notices: { type: string; text: string }[];
  matrix: {
    consumer: { name: string; version: { number: string } };
    provider: { name: string; version: { number: string } | null };
    verificationResult: { success: boolean } | null;
  }[];
}

/** can-i-deploy's answer as JSON (the Rust CLI exits 0 with `--output json` whatever the answer). */
async function canIDeployJson(broker: BrokerHandle, ...args: string[]) {
  const run = await pactBroker(broker.url, 'can-i-deploy', ...args, '--output', 'json');
  const code = (await pactBroker(broker.url, 'can-i-deploy', ...args)).code;
  return { code, json: JSON.parse(run.stdout) as MatrixJson, run };
}

for (const kind of storeKinds)
  describe(`the Pact CLI's deployment commands against seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    const start = async () => startBroker(await stores.options());
    const createProduction = (broker: BrokerHandle) =>
      ok(pactBroker(broker.url, 'create-environment', '--name', 'production', '--production'));
    const web1 = ['--pacticipant', 'web', '--version', '1', '--to-environment', 'production'];

    it('says no to --to-environment when no version of the provider is in the environment', async () => {
      await using broker = await start();
      await createProduction(broker);
      await publish(broker, 'web', '1', 'orders');
      await verify(broker, 'web', '1', 'orders', 'o1', true);

      const text = await canIDeployTo(broker, 'web', '1');
      assert.equal(text.code, 1, text.stdout);
      assert.match(text.stdout, /Computer says no/);
      assert.match(
        text.stdout,
        /There is no verified pact between version 1 of web and a version of orders currently in production \(no version is currently recorded as deployed\/released in this environment\)/,
      );
      const { json } = await canIDeployJson(broker, ...web1);
      assert.equal(json.summary.deployable, null);
      assert.equal(json.summary.unknown, 1);
      assert.deepEqual(
        json.matrix.map((row) => [row.consumer.version.number, row.provider.version, row.verificationResult]),
        [['1', null, null]],
      );
    });

    it('says no for a version that was never published, and refuses an unknown environment', async () => {
      await using broker = await start();
      await createProduction(broker);
      await publish(broker, 'web', '1', 'orders');
      const unknown = await canIDeployTo(broker, 'web', '9');
      assert.equal(unknown.code, 1);
      assert.match(unknown.stdout, /No pacts or verifications have been published for version 9 of web/);
      const nowhere = await canIDeployTo(broker, 'web', '1', 'nope');
      assert.equal(nowhere.code, 1);
      assert.match(nowhere.stdout, /Environment with name 'nope' does not exist/);
    });

    it('is not blocked by a failed verification from a provider version that was never deployed', async () => {
      await using broker = await start();
      await createProduction(broker);
      await publish(broker, 'web', '1', 'orders');
      await verify(broker, 'web', '1', 'orders', 'o1', true);
      await verify(broker, 'web', '1', 'orders', 'o2', false);
      await ok(record(broker, 'record-deployment', 'orders', 'o1'));

      const text = await ok(canIDeployTo(broker, 'web', '1'));
      assert.match(text.stdout, /Computer says yes/);
      const { json } = await canIDeployJson(broker, ...web1);
      assert.equal(json.summary.deployable, true);
      assert.equal(json.summary.reason, 'All required verification results are published and successful');
      assert.deepEqual(
        json.matrix.map((row) => [row.provider.version?.number, row.verificationResult?.success]),
        [['o1', true]],
      );
    });

    it('records deployments, undeployments, releases and the end of support, and can-i-deploy follows them', async () => {
      await using broker = await start();
      const created = await ok(
        pactBroker(
          broker.url,
          ...['create-environment', '--name', 'production', '--display-name', 'Production', '--production'],
        ),
      );
      assert.match(
        created.stdout,
        /Created production environment in the Pact Broker with UUID [0-9a-f-]{36}/,
      );
      await publish(broker, 'web', '1', 'orders');
      await verify(broker, 'web', '1', 'orders', 'o1', true);
      const web1Code = async () => (await canIDeployTo(broker, 'web', '1')).code;

      const deployed = await ok(record(broker, 'record-deployment', 'orders', 'o1'));
      assert.match(
        deployed.stdout,
        /Recorded deployment of orders version o1 to production environment in the Pact Broker\./,
      );
      assert.equal(await web1Code(), 0);

      const undeployed = await ok(
        pactBroker(
          broker.url,
          'record-undeployment',
          '--pacticipant',
          'orders',
          '--environment',
          'production',
        ),
      );
      assert.match(undeployed.stdout, /Undeployed orders from production environment/);
      assert.equal(await web1Code(), 1);

      const released = await ok(record(broker, 'record-release', 'orders', 'o1'));
      assert.match(
        released.stdout,
        /Recorded release of orders version o1 to production environment in the Pact Broker\./,
      );
      assert.equal(await web1Code(), 0);

      await ok(record(broker, 'record-support-ended', 'orders', 'o1'));
      assert.equal(await web1Code(), 1);

      // One application instance of several: only its deployment ends.
      const onInstance = (command: string, name: string, ...flags: string[]) =>
        pactBroker(
          broker.url,
          ...[command, '--pacticipant', 'orders', ...flags, '--environment', 'production'],
          ...['--application-instance', name],
        );
      const onEu = await ok(onInstance('record-deployment', 'eu', '--version', 'o1'));
      assert.match(onEu.stdout, /\(application instance eu\)/);
      await ok(onInstance('record-deployment', 'us', '--version', 'o1'));
      await ok(onInstance('record-undeployment', 'eu'));
      assert.equal(await web1Code(), 0, 'still deployed on us');
      const described = await ok(
        pactBroker(broker.url, 'describe-version', '--pacticipant', 'orders', '--environment', 'production'),
      );
      assert.match(described.stdout, /│ o1 +┆ Deployed +┆ production +┆ us +│/);
      const missing = await record(broker, 'record-deployment', 'orders', 'o1', 'staging');
      assert.notEqual(missing.code, 0);
      assert.match(missing.stdout + missing.stderr, /Environment staging does not exist/);
    });

    it('answers can-i-deploy by version, --latest, --latest TAG, --to a tag and with --ignore', async () => {
      await using broker = await start();
      await publish(broker, 'web', '1', 'orders');
      await publish(broker, 'web', '2', 'orders');
      await verify(broker, 'web', '1', 'orders', 'o1', true);
      await verify(broker, 'web', '2', 'orders', 'o2', false);
      await ok(pactBroker(broker.url, 'create-version-tag', ...version('orders', 'o1'), '--tag', 'prod'));
      await ok(pactBroker(broker.url, 'create-version-tag', ...version('web', '1'), '--tag', 'prod'));

      // No target: with the latest version of each integrated application (o2 verified neither 1 nor... 1 is unverified by o2).
      const byVersion = await canIDeployJson(broker, ...version('web', '1'));
      assert.equal(byVersion.code, 1);
      assert.equal(byVersion.json.summary.deployable, null);
      assert.ok(
        byVersion.json.notices.some((notice) =>
          notice.text.startsWith('WARN: It is recommended to specify the environment'),
        ),
      );
      const latest = await canIDeployJson(broker, '--pacticipant', 'web', '--latest');
      assert.equal(latest.code, 1);
      assert.equal(latest.json.summary.deployable, false);
      assert.match(
        latest.json.summary.reason,
        /The verification for the pact between the latest version of web \(2\) and the latest version of orders \(o2\) failed/,
      );
      const latestProd = await canIDeployJson(
        broker,
        ...['--pacticipant', 'web', '--latest', 'prod'],
        '--to',
        'prod',
      );
      assert.equal(latestProd.code, 0, latestProd.run.stdout);
      assert.equal(latestProd.json.summary.deployable, true);

      const toTag = await ok(pactBroker(broker.url, 'can-i-deploy', ...version('web', '1'), '--to', 'prod'));
      assert.match(toTag.stdout, /Computer says yes/);
      const toTagFails = await pactBroker(broker.url, 'can-i-deploy', ...version('web', '2'), '--to', 'prod');
      assert.equal(toTagFails.code, 1);
      assert.match(
        toTagFails.stdout,
        /There is no verified pact between version 2 of web and the latest version of orders with tag prod \(o1\)/,
      );

      const ignoring = await canIDeployJson(
        broker,
        ...version('web', '2'),
        ...['--to', 'prod', '--ignore', 'orders'],
      );
      assert.equal(ignoring.code, 0, ignoring.run.stdout);
      assert.equal(ignoring.json.summary.deployable, true);

      const pair = await canIDeployJson(broker, ...version('web', '1'), ...version('orders', 'o1'));
      assert.equal(pair.code, 0, pair.run.stdout);
      assert.deepEqual(
        pair.json.matrix.map((row) => [row.consumer.version.number, row.provider.version?.number]),
        [['1', 'o1']],
      );
    });

    it('checks a provider version against the consumer versions in the environment only', async () => {
      await using broker = await start();
      await createProduction(broker);
      await publish(broker, 'web', '1', 'orders');
      await publish(broker, 'web', '2', 'orders');
      await verify(broker, 'web', '1', 'orders', 'o2', true);
      await verify(broker, 'web', '2', 'orders', 'o2', false);
      const orders = ['--pacticipant', 'orders', '--version', 'o2', '--to-environment', 'production'];
      // No consumer deployed: a provider does not need its consumers (the integration is not required).
      const alone = await canIDeployJson(broker, ...orders);
      assert.equal(alone.code, 0, alone.run.stdout);
      assert.equal(alone.json.summary.reason, 'There are no missing dependencies');
      await ok(record(broker, 'record-deployment', 'web', '1'));
      assert.equal((await canIDeployJson(broker, ...orders)).code, 0);
      await ok(record(broker, 'record-deployment', 'web', '2'));
      const broken = await canIDeployJson(broker, ...orders);
      assert.equal(broken.code, 1);
      assert.equal(
        broken.json.summary.reason,
        'The verification for the pact between the version of web currently in production (2) and version o2 of orders failed',
      );
    });

    it('answers can-i-merge against the latest version of each main branch', async () => {
      await using broker = await start();
      await ok(
        pactBroker(broker.url, 'create-or-update-pacticipant', '--name', 'orders', '--main-branch', 'main'),
      );
      await publish(broker, 'web', '1', 'orders');
      await fetch(`${broker.url}/pacticipants/orders/branches/main/versions/o1`, { method: 'PUT' });
      await fetch(`${broker.url}/pacticipants/orders/branches/feat/versions/o2`, { method: 'PUT' });
      await verify(broker, 'web', '1', 'orders', 'o1', true);
      await verify(broker, 'web', '1', 'orders', 'o2', false);
      const merge = await ok(pactBroker(broker.url, 'can-i-merge', ...version('web', '1')));
      assert.match(merge.stdout, /Computer says yes/);
    });

    it('creates and updates a pacticipant, describes versions and tags them', async () => {
      await using broker = await start();
      const created = await ok(
        pactBroker(
          broker.url,
          ...['create-or-update-pacticipant', '--name', 'web', '--main-branch', 'main'],
          ...['--display-name', 'Web shop', '--repository-url', 'https://git.example/web'],
        ),
      );
      assert.match(created.stdout, /Pacticipant 'web' created successfully/);
      const updated = await ok(
        pactBroker(broker.url, 'create-or-update-pacticipant', '--name', 'web', '--main-branch', 'trunk'),
      );
      assert.match(updated.stdout, /Pacticipant 'web' updated successfully/);
      const pacticipant = (await (await fetch(`${broker.url}/pacticipants/web`)).json()) as Record<
        string,
        unknown
      >;
      assert.equal(pacticipant.mainBranch, 'trunk');
      assert.equal(pacticipant.displayName, 'Web shop');
      assert.equal(pacticipant.repositoryUrl, 'https://git.example/web');

      await publish(broker, 'web', '1', 'orders');
      await publish(broker, 'web', '2', 'orders');
      const tagged = await ok(
        pactBroker(broker.url, 'create-version-tag', ...version('web', '1'), '--tag', 'prod', 'eu'),
      );
      assert.match(tagged.stdout, /Tagging version '1' of pacticipant 'web' with tag 'prod' - Success/);
      const describeWeb = (...flags: string[]) =>
        pactBroker(broker.url, 'describe-version', '--pacticipant', 'web', ...flags);
      const described = await ok(describeWeb('--output', 'json'));
      assert.equal((JSON.parse(described.stdout) as { number: string }).number, '2');
      const latestProd = await ok(describeWeb('--latest', 'prod', '--output', 'json'));
      const body = JSON.parse(latestProd.stdout) as {
        number: string;
        _embedded?: { tags?: { name: string }[] };
      };
      assert.equal(body.number, '1');
      assert.deepEqual(body._embedded?.tags?.map((tag) => tag.name).sort(), ['eu', 'prod']);
      const byNumber = await ok(describeWeb('--version', '1'));
      assert.match(byNumber.stdout, /│ 1 +┆ (prod, eu|eu, prod) +│/);
      const missing = await describeWeb('--latest', 'nope');
      assert.equal(missing.code, 1);
      assert.match(missing.stdout, /Pacticipant version not found/);
    });
  });
