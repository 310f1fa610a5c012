/**
 * Seeds a broker store with the example shop: order-service's pacts with payment-service (V4 HTTP)
 * and inventory-service (V4 HTTP and messages), a successful and a failed verification,
 * production with deployments, and a consumer with a hostile name (a V2 pact) to test escaping.
 */
import { readFile } from 'node:fs/promises';
import type { BrokerStore } from '../../../src/broker/index.ts';

const pacts = new URL('../../../examples/pacts/', import.meta.url);

/** The consumer name that would run script if a page did not escape it. */
export const hostileName = '<img src=x onerror=alert(1)>';

async function readExample(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(new URL(name, pacts), 'utf8')) as Record<string, unknown>;
}

/** The V3 HTTP interactions and the V4 messages of the example, as one V4 pact. */
async function inventoryPact(): Promise<Record<string, unknown>> {
  const http = await readExample('order-service-inventory-service.json');
  const messages = await readExample('order-service-inventory-service-messages.json');
  const asV4 = (http.interactions as Record<string, unknown>[]).map((item) => {
    const body = (part: Record<string, unknown>) =>
      part.body === undefined
        ? part
        : { ...part, body: { contentType: 'application/json', encoded: false, content: part.body } };
    return {
      ...item,
      type: 'Synchronous/HTTP',
      request: body(item.request as Record<string, unknown>),
      response: body(item.response as Record<string, unknown>),
    };
  });
  return {
    ...messages,
    interactions: [...asV4, ...(messages.interactions as unknown[])],
    metadata: { pactSpecification: { version: '4.0' } },
  };
}

function hostilePact(): Record<string, unknown> {
  return {
    consumer: { name: hostileName },
    provider: { name: 'payment-service' },
    interactions: [
      {
        description: '<script>alert(2)</script> a refund',
        providerState: 'a payment <b>exists</b>',
        request: { method: 'GET', path: '/payments/1' },
        response: {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: { id: '1', note: '</pre><img src=x onerror=alert(3)>' },
          matchingRules: { '$.body.id': { match: 'type' } },
        },
      },
    ],
    metadata: { pactSpecification: { version: '2.0.0' } },
  };
}

/** What {@link seedShop} created, for the test's expectations. */
export interface SeededShop {
  readonly productionUuid: string;
}

/**
 * Seeds the store (see the file comment).
 *
 * @example
 * await seedShop(broker.store);
 */
export async function seedShop(store: BrokerStore): Promise<SeededShop> {
  await store.recordVersion('order-service', '1.0.0', 'main');
  await store.addTag('order-service', '1.0.0', 'release-1');
  const payment = await store.publishPact({
    consumer: 'order-service',
    provider: 'payment-service',
    consumerVersion: '1.0.0',
    branch: 'main',
    content: JSON.stringify(await readExample('order-service-payment-service.json')),
  });
  const inventory = await store.publishPact({
    consumer: 'order-service',
    provider: 'inventory-service',
    consumerVersion: '1.0.0',
    branch: 'main',
    content: JSON.stringify(await inventoryPact()),
  });
  await store.recordVersion('payment-service', '2.0.0', 'main');
  await store.recordVersion('inventory-service', '3.0.0', 'main');
  await store.recordVerification({
    consumer: 'order-service',
    provider: 'payment-service',
    sha: payment.sha,
    providerVersion: '2.0.0',
    success: true,
    results: {},
  });
  await store.recordVerification({
    consumer: 'order-service',
    provider: 'inventory-service',
    sha: inventory.sha,
    providerVersion: '3.0.0',
    success: false,
    results: {},
  });
  await store.publishPact({
    consumer: hostileName,
    provider: 'payment-service',
    consumerVersion: '0.1.0',
    branch: '<b>feature</b>',
    content: JSON.stringify(hostilePact()),
  });
  const production = await store.createEnvironment({
    name: 'production',
    displayName: 'Production',
    production: true,
  });
  if (production === undefined) throw new Error('The environment production already existed.');
  await store.createEnvironment({ name: 'staging' });
  for (const [pacticipant, version] of [
    ['payment-service', '2.0.0'],
    ['inventory-service', '3.0.0'],
    ['order-service', '1.0.0'],
  ] as const)
    await store.recordDeployment({ pacticipant, version, environmentUuid: production.uuid });
  return { productionUuid: production.uuid };
}
