/**
 * pact-js's `Verifier` against seam's broker, under pact-js 17 and under seam/pact-js, on both
 * stores: the verification fetches pacts by selector, publishes its result, and `verifyProvider()`
 * rejects exactly when the broker records a failure — never green while the broker says FAILED.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import * as pactJs from '@pact-foundation/pact';
import { startBroker } from '../../../src/broker/index.ts';
import { startHttpServer } from '../../../src/core/index.ts';
import * as seamPactJs from '../../../src/pact-js/index.ts';
import { orderPact, usePactFolder } from '../../support/order-pact.ts';
import { latestVerificationResult, ordersVerification } from '../../support/verification-results.ts';
import { brokerStores, storeKinds } from '../broker/broker-stores.ts';
import type { PactJs } from './suite.ts';

const implementations: readonly { name: string; module: PactJs }[] = [
  { name: 'pact-js 17', module: pactJs },
  { name: 'seam/pact-js', module: seamPactJs as unknown as PactJs },
];

const pact = orderPact({
  body: { id: 7 },
  matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }] } } },
});

async function latestResult(brokerUrl: string) {
  const latest = await latestVerificationResult(brokerUrl);
  return (await latest.json()) as { success: boolean; providerApplicationVersion: string };
}

for (const kind of storeKinds)
  describe(`pact-js's Verifier with seam's broker, under pact-js 17 and seam/pact-js (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    const folder = usePactFolder('seam-pact-js-broker-', pact);

    /**
     * A broker that holds the pact as web 1 on main, a provider answering `{ id }`, and the
     * Verifier options that verify it by the main branch as orders-1 and publish the result.
     */
    async function setUp(id: unknown) {
      const broker = await startBroker(await stores.options());
      const provider = await startHttpServer(async () => Response.json({ id }));
      const close = async () => {
        await provider.close();
        await broker.close();
      };
      try {
        await folder.publish(broker.url);
      } catch (error) {
        await close();
        throw error;
      }
      const options = { ...ordersVerification(provider.url, broker.url), logLevel: 'error' as const };
      return { broker, options, [Symbol.asyncDispose]: close };
    }

    for (const { name, module } of implementations) {
      for (const broken of [false, true]) {
        const verdict = broken
          ? 'rejects, and the broker records the failure,'
          : 'resolves, and the broker records the success,';
        it(`${verdict} for a provider that ${broken ? 'sends the id as a string' : 'honours the pact'} (${name})`, async () => {
          await using setup = await setUp(broken ? '7' : 7);
          const { broker, options } = setup;
          const verification = new module.Verifier({
            ...options,
            providerVersionBranch: 'main',
          }).verifyProvider();
          if (broken) await assert.rejects(verification);
          else await verification;
          const result = await latestResult(broker.url);
          assert.equal(result.success, !broken);
          assert.equal(result.providerApplicationVersion, 'orders-1');
        });
      }

      it(`tags the provider version with providerVersionTags when it publishes, as the matrix then shows (${name})`, async () => {
        await using setup = await setUp(7);
        const { broker, options } = setup;
        await new module.Verifier({ ...options, providerVersionTags: ['prod', 'dev'] }).verifyProvider();
        const version = (await (
          await fetch(`${broker.url}/pacticipants/orders/versions/orders-1`)
        ).json()) as {
          _embedded: { tags: { name: string }[] };
        };
        assert.deepEqual(version._embedded.tags.map((tag) => tag.name).sort(), ['dev', 'prod']);
        const query = 'q[][pacticipant]=web&q[][version]=1&q[][pacticipant]=orders&q[][version]=orders-1';
        const matrix = (await (await fetch(`${broker.url}/matrix?${query}`)).json()) as {
          matrix: { provider: { version: { tags: { name: string }[] } } }[];
        };
        assert.deepEqual(matrix.matrix[0]?.provider.version.tags.map((tag) => tag.name).sort(), [
          'dev',
          'prod',
        ]);
        assert.equal((await latestResult(broker.url)).success, true);
      });

      it(`rejects when the broker has no pact for the provider, unless failIfNoPactsFound is false (${name})`, async () => {
        await using broker = await startBroker(await stores.options());
        const options = {
          providerBaseUrl: 'http://127.0.0.1:9',
          provider: 'nobody',
          pactBrokerUrl: broker.url,
          consumerVersionSelectors: [{ mainBranch: true }],
          logLevel: 'error' as const,
        };
        await assert.rejects(new module.Verifier(options).verifyProvider());
        await new module.Verifier({ ...options, failIfNoPactsFound: false }).verifyProvider();
      });
    }
  });
