/**
 * A real Pact client against seam's broker: pact-js 17's Verifier (its Rust core) fetches pacts
 * for verification with a `mainBranch` selector, records the provider branch through
 * `pb:branch-version`, and publishes its results, which the broker then serves.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Verifier } from '@pact-foundation/pact';
import { startBroker } from '../../../src/broker/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { orderPact, writePactFolder } from '../../support/order-pact.ts';
import { latestVerificationResult, ordersVerification } from '../../support/verification-results.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const pact = orderPact({ body: { id: '7' }, specVersion: '2.0.0' });

for (const kind of storeKinds)
  describe(`pact-js's Verifier with seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    it('fetches the pact, verifies it, and publishes a result the broker serves', async () => {
      await using broker = await startBroker(await stores.options());
      await using provider = await startHttpServer(async () => Response.json({ id: '7' }));
      const folder = await writePactFolder('seam-pact-js-', pact);
      try {
        await folder.publish(broker.url);
      } finally {
        await folder.remove();
      }
      await new Verifier({
        ...ordersVerification(provider.url, broker.url),
        enablePending: true,
        providerVersionBranch: 'main',
        logLevel: 'error',
      }).verifyProvider();
      const result = (await (await latestVerificationResult(broker.url)).json()) as {
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
