/**
 * Pending and work-in-progress pacts end to end, on both stores, with both verifiers: a consumer's
 * feature branch publishes a pact its provider does not satisfy yet. Verifying the provider's main
 * branch with `{ mainBranch: true }`, `enablePending` and `includeWipPactsSince` picks the feature
 * pact up as WIP, its failure does not fail the build, and the broker records it; the main-branch
 * pact, once verified, is no longer pending, so breaking it fails the build.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Verifier } from '@pact-foundation/pact';
import { publishPacts, startBroker } from '../../../src/broker/index.ts';
import { verifyProvider } from '../../../src/contract/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { getInteraction, httpPact, jsonResponse } from '../../support/sample-pacts.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const interaction = (id: string) =>
  getInteraction(`a request for order ${id}`, `/orders/${id}`, jsonResponse({ id }));
const pact = (...ids: string[]) => httpPact(ids.map(interaction), { specVersion: '2.0.0' });

interface ForVerification {
  _embedded: {
    pacts: {
      shortDescription: string;
      verificationProperties: { pending?: boolean; wip?: boolean };
      _links: { self: { href: string } };
    }[];
  };
}

type Verify = (options: {
  brokerUrl: string;
  providerUrl: string;
  providerVersion: string;
}) => Promise<boolean>;

const request = {
  consumerVersionSelectors: [{ mainBranch: true }],
  enablePending: true,
  includeWipPactsSince: '2020-01-01',
  providerVersionBranch: 'main',
};

const verifiers: Record<string, Verify> = {
  "pact-js's Verifier": async ({ brokerUrl, providerUrl, providerVersion }) =>
    new Verifier({
      ...request,
      providerBaseUrl: providerUrl,
      provider: 'orders',
      pactBrokerUrl: brokerUrl,
      publishVerificationResult: true,
      providerVersion,
      logLevel: 'error',
    })
      .verifyProvider()
      .then(
        () => true,
        () => false,
      ),
  "seam's verifier": async ({ brokerUrl, providerUrl, providerVersion }) =>
    (
      await verifyProvider({
        ...request,
        providerBaseUrl: providerUrl,
        provider: 'orders',
        pactBrokerUrl: brokerUrl,
        publishVerificationResult: true,
        providerVersion,
      })
    ).ok,
};

for (const kind of storeKinds)
  describe(`pending and WIP pacts with seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    let dir: string;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'seam-wip-'));
    });
    after(async () => {
      await stores.dropAll();
      await rm(dir, { recursive: true, force: true });
    });

    async function publish(brokerUrl: string, version: string, branch: string, ids: string[]) {
      const file = join(dir, `web-orders-${version}.json`);
      await writeFile(file, JSON.stringify(pact(...ids)));
      await publishPacts({ brokerUrl, pactFiles: [file], consumerVersion: version, branch });
    }

    for (const [name, verify] of Object.entries(verifiers))
      it(`${name}: a failing WIP pact does not fail the build; a verified main pact does`, async () => {
        await using broker = await startBroker(await stores.options());
        let known = new Set(['1', '2']);
        await using provider = await startHttpServer(async (req) => {
          const id = new URL(req.url).pathname.split('/').pop() ?? '';
          return known.has(id)
            ? Response.json({ id })
            : Response.json({ error: 'not found' }, { status: 404 });
        });
        await publish(broker.url, '1', 'main', ['1']);
        await publish(broker.url, '2', 'feat-x', ['1', '3']);
        const listed = (await (
          await fetch(`${broker.url}/pacts/provider/orders/for-verification`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...request, includePendingStatus: true }),
          })
        ).json()) as ForVerification;
        assert.deepEqual(
          listed._embedded.pacts.map((p) => [
            p.shortDescription,
            p.verificationProperties.pending,
            p.verificationProperties.wip,
          ]),
          [
            ["latest version of web from its main branch 'main'", true, undefined],
            ["WIP: latest version of web from branch 'feat-x'", true, true],
          ],
        );

        // The WIP pact fails (order 3 is unknown) but is pending: the build passes.
        assert.equal(
          await verify({ brokerUrl: broker.url, providerUrl: provider.url, providerVersion: 'p1' }),
          true,
        );
        const matrix = (await (
          await fetch(`${broker.url}/matrix?q[][pacticipant]=web&latestby=cvpv`)
        ).json()) as {
          matrix: {
            consumer: { version: { number: string } };
            verificationResult: { success: boolean } | null;
          }[];
        };
        const outcome = Object.fromEntries(
          matrix.matrix.map((row) => [row.consumer.version.number, row.verificationResult?.success]),
        );
        assert.deepEqual(outcome, { '1': true, '2': false });

        // The main pact is verified now, so no longer pending: breaking it fails the build.
        known = new Set(['2']);
        assert.equal(
          await verify({ brokerUrl: broker.url, providerUrl: provider.url, providerVersion: 'p2' }),
          false,
        );
      });
  });
