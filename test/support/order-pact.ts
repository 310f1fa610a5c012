/**
 * Test support: the pact most broker and verifier tests publish, consumer `web` asking provider
 * `orders` for one order, and a temporary folder holding it as `web-orders.json`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { publishPacts } from '../../src/broker/index.ts';
import { getInteraction, httpPact, jsonResponse } from './sample-pacts.ts';

/**
 * What differs between the tests' order pacts; every field has the default shown.
 *
 * @example
 * const options: OrderPactOptions = { body: { id: 7 }, specVersion: '2.0.0' };
 */
export interface OrderPactOptions {
  /** `'web'`. */
  readonly consumer?: string;
  /** `'orders'`. */
  readonly provider?: string;
  /** `'7'`: the interaction is `a request for order <id>`, `GET /orders/<id>`. */
  readonly orderId?: string;
  /** The JSON response body, sent with `Content-Type: application/json`; none when left out. */
  readonly body?: unknown;
  /** The response's matching rules; none when left out. */
  readonly matchingRules?: Record<string, unknown>;
  /** `'3.0.0'`. */
  readonly specVersion?: string;
}

/**
 * A pact of one interaction, `web` getting an order from `orders` (answered 200).
 *
 * @example
 * const pact = orderPact({ body: { id: '7' } });
 */
export function orderPact(options: OrderPactOptions = {}) {
  const { orderId = '7', body, matchingRules } = options;
  const response = {
    ...(body === undefined ? { status: 200 } : jsonResponse(body)),
    ...(matchingRules === undefined ? {} : { matchingRules }),
  };
  const interaction = getInteraction(`a request for order ${orderId}`, `/orders/${orderId}`, response);
  return httpPact([interaction], options);
}

/**
 * A pact with no interaction between `web` and `orders` (or the names given), as publications
 * that need only a pact version send.
 *
 * @example
 * await call('PUT', '/pacts/provider/orders/consumer/web/version/1', emptyPact());
 */
export function emptyPact(consumer = 'web', provider = 'orders') {
  return httpPact([], { consumer, provider });
}

/**
 * A temporary folder holding one pact file, `web-orders.json`.
 *
 * @example
 * await publishPacts({ brokerUrl, pactFiles: [folder.file], consumerVersion: '1' });
 */
export interface PactFolder {
  readonly dir: string;
  readonly file: string;
  /** Publishes the pact with seam's client as version `1` of its consumer, on branch `main`. */
  publish(brokerUrl: string): Promise<unknown>;
  /** Deletes the folder and all in it. */
  remove(): Promise<void>;
}

/**
 * Writes `pact` as `web-orders.json` in a new temporary folder named from `prefix`.
 *
 * @example
 * let folder: PactFolder;
 * before(async () => { folder = await writePactFolder('seam-broker-flow-', orderPact()); });
 * after(async () => folder.remove());
 */
export async function writePactFolder(prefix: string, pact: object): Promise<PactFolder> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const file = join(dir, 'web-orders.json');
  await writeFile(file, JSON.stringify(pact));
  return {
    dir,
    file,
    publish: (brokerUrl) =>
      publishPacts({ brokerUrl, pactFiles: [file], consumerVersion: '1', branch: 'main' }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * The pact in a temporary folder for the tests of the enclosing `describe`: written in a `before`
 * hook, removed in an `after` hook. Use the folder inside tests and hooks only.
 *
 * @example
 * const folder = usePactFolder('seam-broker-flow-', orderPact());
 * it('publishes', async () => assert.ok(await folder.publish(broker.url)));
 */
export function usePactFolder(prefix: string, pact: object): PactFolder {
  let written: PactFolder | undefined;
  before(async () => {
    written = await writePactFolder(prefix, pact);
  });
  after(async () => written?.remove());
  const folder = () => {
    if (written === undefined)
      throw new Error('The pact folder is written by a before hook: use it inside tests.');
    return written;
  };
  return {
    get dir() {
      return folder().dir;
    },
    get file() {
      return folder().file;
    },
    publish: (brokerUrl) => folder().publish(brokerUrl),
    remove: () => folder().remove(),
  };
}
