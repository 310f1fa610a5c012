/**
 * The broker and provider the docs' client snippets talk to: a seam broker on a free port, seeded
 * over its HTTP API with web's pact with orders (version `$GIT_SHA`, branch main) and its
 * successful verification by orders `$GIT_SHA`, plus version 5.1.0 of ios-app; a small orders
 * provider that honours that pact; and the pact itself in the snippet's `pacts/` folder, as a
 * consumer's contract tests would leave it. It is the same pact as docs/broker.md's "In a test".
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publishPacts, startBroker } from '../../src/broker/index.ts';
import { formatVerificationReport, verifyProvider } from '../../src/contract/index.ts';
import { startHttpServer } from '../../src/core/http/index.ts';
import { orderPact } from '../support/order-pact.ts';

/**
 * A running broker and provider for one snippet.
 *
 * @example
 * await using world = await startSeededBroker(dir, '5e1d2c3');
 * spawnSync('seam', ['matrix'], { env: { ...process.env, PACT_BROKER_BASE_URL: world.brokerUrl } });
 */
export interface SeededBroker {
  readonly brokerUrl: string;
  /** The orders provider, which answers `GET /orders/7` as web's pact expects. */
  readonly providerUrl: string;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

const order = { id: '7', total: 5.5 };

/** web's pact with orders. */
const webOrdersPact = orderPact({ body: order });

/**
 * Writes `dir/pacts/web-orders.json`, starts the provider and an in-memory broker, and seeds the
 * broker with that pact from web `version` and its verification by orders `version`.
 *
 * @example
 * await using world = await startSeededBroker('.tmp/snippet', '5e1d2c3');
 */
export async function startSeededBroker(dir: string, version: string): Promise<SeededBroker> {
  await mkdir(join(dir, 'pacts'), { recursive: true });
  const pactFile = join(dir, 'pacts', 'web-orders.json');
  await writeFile(pactFile, `${JSON.stringify(webOrdersPact, null, 2)}\n`);
  const provider = await startHttpServer(async (request) =>
    new URL(request.url).pathname === '/orders/7'
      ? Response.json(order)
      : new Response(null, { status: 404 }),
  );
  const broker = await startBroker();
  const close = async () => {
    await broker.close();
    await provider.close();
  };
  try {
    await publishPacts({
      brokerUrl: broker.url,
      pactFiles: [pactFile],
      consumerVersion: version,
      branch: 'main',
    });
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactBrokerUrl: broker.url,
      provider: 'orders',
      consumerVersionSelectors: [{ mainBranch: true }],
      publishVerificationResult: true,
      providerVersion: version,
      providerVersionBranch: 'main',
    });
    assert.ok(report.ok, formatVerificationReport(report));
    const created = await fetch(`${broker.url}/pacticipants/ios-app/branches/main/versions/5.1.0`, {
      method: 'PUT',
    });
    assert.equal(created.status, 200, await created.text());
  } catch (error) {
    await close();
    throw error;
  }
  return { brokerUrl: broker.url, providerUrl: provider.url, close, [Symbol.asyncDispose]: close };
}
