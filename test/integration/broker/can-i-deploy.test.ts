/**
 * The deployment flow through seam's broker: a consumer publishes pacts, seam's verifier verifies
 * them against a real provider and publishes the results, the provider is recorded as deployed to
 * `production`, and `seam can-i-deploy` answers for each consumer version.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startBroker } from '../../../src/broker/index.ts';
import { main } from '../../../src/cli/main.ts';
import { verifyProvider } from '../../../src/contract/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { getInteraction, httpPact, jsonResponse } from '../../support/sample-pacts.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const pactFor = (path: string) =>
  httpPact([getInteraction(`a request for ${path}`, path, jsonResponse({ id: '7' }))]);

async function cli(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

for (const kind of storeKinds)
  describe(`can-i-deploy with seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    let dir: string;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'seam-can-i-deploy-'));
    });
    after(async () => rm(dir, { recursive: true, force: true }));

    it('says yes for a consumer version the deployed provider verified, no with the reason otherwise', async () => {
      await using broker = await startBroker(await stores.options());
      await using provider = await startHttpServer(async (request) =>
        new URL(request.url).pathname === '/orders/7'
          ? Response.json({ id: '7' })
          : Response.json({ error: 'not found' }, { status: 404 }),
      );
      const url = ['--broker-url', broker.url];
      for (const [version, path] of [
        ['1.0.0', '/orders/7'],
        ['2.0.0', '/orders/8'],
      ] as const) {
        const folder = join(dir, version);
        await rm(folder, { recursive: true, force: true });
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, 'web-orders.json'), JSON.stringify(pactFor(path)));
        const published = await cli([
          'publish',
          folder,
          '--consumer-app-version',
          version,
          '--branch',
          'main',
          ...url,
        ]);
        assert.equal(published.code, 0, published.err);
        const report = await verifyProvider({
          providerBaseUrl: provider.url,
          pactBrokerUrl: broker.url,
          provider: 'orders',
          consumerVersionSelectors: [{ branch: 'main' }],
          publishVerificationResult: true,
          providerVersion: 'orders-1',
        });
        // The pact of web 2.0.0 asks for an order the provider does not have.
        assert.equal(report.ok, version === '1.0.0');
      }

      assert.equal(
        (await cli(['create-environment', '--name', 'production', '--production', ...url])).code,
        0,
      );
      const deployed = await cli([
        'record-deployment',
        '--pacticipant',
        'orders',
        '--version',
        'orders-1',
        '--environment',
        'production',
        ...url,
      ]);
      assert.equal(deployed.code, 0, deployed.err);

      const ask = (version: string) =>
        cli([
          'can-i-deploy',
          '--pacticipant',
          'web',
          '--version',
          version,
          '--to-environment',
          'production',
          ...url,
        ]);
      const yes = await ask('1.0.0');
      assert.equal(yes.code, 0, yes.out + yes.err);
      assert.match(yes.out, /Computer says yes/);
      const no = await ask('2.0.0');
      assert.equal(no.code, 1, no.out);
      assert.match(
        no.out,
        /The verification for the pact between version 2\.0\.0 of web and the version of orders currently in production \(orders-1\) failed/,
      );
    });
  });
