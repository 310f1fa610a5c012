/**
 * The contract flow through seam's broker: `seam publish` a pact, `verifyProvider` fetches it
 * (`for-verification`) from the broker, replays it against a real provider, and publishes the
 * results, which the broker then serves.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startBroker } from '../../../src/broker/index.ts';
import { verifyProvider } from '../../../src/contract/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { orderPact, usePactFolder } from '../../support/order-pact.ts';
import { seamPublish } from '../../support/seam-publish.ts';
import { latestVerificationResult, ordersVerification } from '../../support/verification-results.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const pact = orderPact({ body: { id: '7', total: 5.5 } });

function startProvider(total: () => unknown) {
  return startHttpServer(async (request) =>
    new URL(request.url).pathname === '/orders/7'
      ? Response.json({ id: '7', total: total() })
      : Response.json({ error: 'not found' }, { status: 404 }),
  );
}

for (const kind of storeKinds)
  describe(`the verifier with seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    const folder = usePactFolder('seam-broker-flow-', pact);

    async function publish(brokerUrl: string, version: string) {
      const { code, out, err } = await seamPublish(folder.dir, brokerUrl, version);
      assert.equal(code, 0, err);
      return out;
    }

    it('publishes with seam publish, verifies from the broker, and the broker shows the result', async () => {
      await using broker = await startBroker({
        dataDir: join(folder.dir, 'data'),
        ...(await stores.options()),
      });
      await using provider = await startProvider(() => 5.5);
      const printed = await publish(broker.url, '1.0.0');
      assert.match(printed, /published .*web-orders\.json: web 1\.0\.0 → orders/);

      const report = await verifyProvider({
        ...ordersVerification(provider.url, broker.url),
        providerVersionBranch: 'main',
      });
      assert.equal(report.ok, true, JSON.stringify(report.results));
      assert.deepEqual(report.warnings, []);
      assert.equal(report.summary.passed, 1);

      const latest = await latestVerificationResult(broker.url);
      const result = (await latest.json()) as Record<string, unknown>;
      assert.equal(latest.status, 200);
      assert.equal(result.success, true);
      assert.equal(result.providerApplicationVersion, 'orders-1');
      assert.equal(result.providerVersionBranch, 'main');
      assert.deepEqual(result.verifiedBy, { implementation: 'seam', version: '0.1.0' });
    });

    it('records a failed verification as unsuccessful, with the mismatches', async () => {
      await using broker = await startBroker(await stores.options());
      await using provider = await startProvider(() => '5.5');
      await publish(broker.url, '2.0.0');
      const report = await verifyProvider({
        providerBaseUrl: provider.url,
        pactBrokerUrl: broker.url,
        provider: 'orders',
        publishVerificationResult: true,
        providerVersion: 'orders-2',
      });
      assert.equal(report.ok, false);
      const result = (await (await latestVerificationResult(broker.url, 'version/2.0.0')).json()) as {
        success: boolean;
        testResults: { success: boolean; mismatches?: unknown[] }[];
      };
      assert.equal(result.success, false);
      assert.equal(result.testResults[0]?.success, false);
      assert.ok((result.testResults[0]?.mismatches ?? []).length > 0);
    });

    it('answers errors as JSON over the wire and keeps serving', async () => {
      await using broker = await startBroker({ maxBodyBytes: 1024, ...(await stores.options()) });
      const malformed = await fetch(`${broker.url}/contracts/publish`, {
        method: 'POST',
        body: '{',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(malformed.status, 400);
      const tooBig = await fetch(`${broker.url}/contracts/publish`, {
        method: 'POST',
        body: 'x'.repeat(4096),
      });
      assert.equal(tooBig.status, 413);
      const unknown = await fetch(`${broker.url}/nope`);
      assert.equal(unknown.status, 404);
      assert.ok(((await unknown.json()) as { error: { message: string } }).error.message.includes('/nope'));
      assert.equal((await fetch(`${broker.url}/`)).status, 200);
    });
  });
