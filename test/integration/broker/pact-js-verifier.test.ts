/**
 * A real Pact client against seam's broker: pact-js 17's Verifier (its Rust core) fetches pacts
 * for verification with a `mainBranch` selector, records the provider branch through
 * `pb:branch-version`, and publishes its results, which the broker then serves.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Verifier } from '@pact-foundation/pact';
import { publishPacts, startBroker } from '../../../src/broker/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const pact = {
  consumer: { name: 'web' },
  provider: { name: 'orders' },
  interactions: [
    {
      description: 'a request for order 7',
      request: { method: 'GET', path: '/orders/7' },
      response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: '7' } },
    },
  ],
  metadata: { pactSpecification: { version: '2.0.0' } },
};

for (const kind of storeKinds)
  describe(`pact-js's Verifier with seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    it('fetches the pact, verifies it, and publishes a result the broker serves', async () => {
      await using broker = await startBroker(await stores.options());
      await using provider = await startHttpServer(async () => Response.json({ id: '7' }));
      const dir = await mkdtemp(join(tmpdir(), 'seam-pact-js-'));
      try {
        await writeFile(join(dir, 'web-orders.json'), JSON.stringify(pact));
        await publishPacts({ brokerUrl: broker.url, pactFiles: [dir], consumerVersion: '1', branch: 'main' });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      await new Verifier({
        providerBaseUrl: provider.url,
        provider: 'orders',
        pactBrokerUrl: broker.url,
        consumerVersionSelectors: [{ mainBranch: true }],
        enablePending: true,
        publishVerificationResult: true,
        providerVersion: 'orders-1',
        providerVersionBranch: 'main',
        logLevel: 'error',
      }).verifyProvider();
      const latest = (await (
        await fetch(`${broker.url}/pacts/provider/orders/consumer/web/latest`)
      ).json()) as {
        _links: Record<string, { href: string }>;
      };
      const result = (await (
        await fetch(latest._links['pb:latest-verification-results']?.href ?? '')
      ).json()) as {
        success: boolean;
        providerApplicationVersion: string;
        providerVersionBranch: string;
        verifiedBy: { implementation: string };
      };
      assert.equal(result.success, true);
      assert.equal(result.providerApplicationVersion, 'orders-1');
      assert.equal(result.providerVersionBranch, 'main');
      assert.equal(result.verifiedBy.implementation, 'Pact-Rust');
    });
  });
