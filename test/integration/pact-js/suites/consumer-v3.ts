/** A pact-js V3 consumer suite: `PactV3` with `MatchersV3`, passing and failing tests. */
import assert from 'node:assert/strict';
import type { Suite } from '../suite.ts';

const options = (dir: string) => ({ consumer: 'web', provider: 'orders', dir, logLevel: 'error' as const });

async function getJson(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, { headers: { Accept: 'application/json', ...headers } });
  return response.json();
}

export const consumerV3: Suite = {
  title: 'a V3 consumer suite (PactV3, MatchersV3)',
  cases: [
    {
      name: 'passes and writes the pact when the client sends what was expected',
      expect: 'pass',
      async run({ PactV3, MatchersV3: m }, { dir }) {
        const provider = new PactV3(options(dir));
        provider
          .given('order 1 exists', { id: 1 })
          .uponReceiving('a request for order 1')
          .withRequest({ method: 'GET', path: '/orders/1', headers: { Accept: 'application/json' } })
          .willRespondWith({
            status: 200,
            headers: { 'Content-Type': 'application/json' },
            body: {
              id: m.integer(1),
              status: m.regex(/^(NEW|PAID)$/, 'PAID'),
              total: m.decimal(19.99),
              createdAt: m.datetime("yyyy-MM-dd'T'HH:mm:ss", '2026-11-20T09:30:00'),
              lines: m.eachLike({ sku: m.string('SKU-1'), quantity: m.integer(2) }),
              customer: m.like({ name: 'Ada', vip: m.boolean(true) }),
            },
          });
        return provider.executeTest(async (mockServer) => {
          const order = (await getJson(`${mockServer.url}/orders/1`)) as { id: number; status: string };
          assert.equal(order.id, 1);
          assert.equal(order.status, 'PAID');
        });
      },
    },
    {
      name: 'passes with two interactions added in object form and served by one mock server',
      expect: 'pass',
      async run({ PactV3, MatchersV3: m }, { dir }) {
        const provider = new PactV3(options(dir));
        provider.addInteraction({
          states: [{ description: 'order 2 exists' }],
          uponReceiving: 'a request for order 2',
          withRequest: { method: 'GET', path: '/orders/2' },
          willRespondWith: { status: 200, body: { id: m.integer(2) } },
        });
        provider.addInteraction({
          uponReceiving: 'a search for paid orders',
          withRequest: { method: 'GET', path: '/orders', query: { status: m.regex(/^PAID|NEW$/, 'PAID') } },
          willRespondWith: { status: 200, body: m.atLeastOneLike({ id: m.integer(1) }) },
        });
        return provider.executeTest(async (mockServer) => {
          await getJson(`${mockServer.url}/orders/2`);
          await getJson(`${mockServer.url}/orders?status=PAID`);
        });
      },
    },
    {
      name: 'passes a POST with a JSON body and writes its matching rules',
      expect: 'pass',
      async run({ PactV3, MatchersV3: m }, { dir }) {
        const provider = new PactV3(options(dir));
        provider
          .given('the cart is open')
          .uponReceiving('an order for SKU-1')
          .withRequest({
            method: 'POST',
            path: '/orders',
            headers: { 'Content-Type': 'application/json' },
            body: { sku: m.string('SKU-1'), quantity: m.integer(1) },
          })
          .willRespondWith({ status: 201, body: { id: m.integer(3), href: m.string('/orders/3') } });
        return provider.executeTest(async (mockServer) => {
          const response = await fetch(`${mockServer.url}/orders`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ sku: 'SKU-9', quantity: 4 }),
          });
          assert.equal(response.status, 201);
        });
      },
    },
    {
      name: 'fails when the client sends a body that does not match',
      expect: 'fail',
      async run({ PactV3, MatchersV3: m }, { dir }) {
        const provider = new PactV3({ ...options(dir), provider: 'orders-mismatch' });
        provider
          .uponReceiving('an order with a quantity')
          .withRequest({ method: 'POST', path: '/orders', body: { quantity: m.integer(1) } })
          .willRespondWith({ status: 201 });
        return provider.executeTest(async (mockServer) => {
          await fetch(`${mockServer.url}/orders`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ quantity: 'one' }),
          });
        });
      },
    },
    {
      name: 'fails when an expected request never came',
      expect: 'fail',
      async run({ PactV3 }, { dir }) {
        const provider = new PactV3({ ...options(dir), provider: 'orders-missing' });
        provider
          .uponReceiving('a request for order 9')
          .withRequest({ method: 'GET', path: '/orders/9' })
          .willRespondWith({ status: 200 });
        return provider.executeTest(async () => undefined);
      },
    },
    {
      name: "fails with the test's own error when the test throws",
      expect: 'fail',
      async run({ PactV3 }, { dir }) {
        const provider = new PactV3({ ...options(dir), provider: 'orders-throws' });
        provider
          .uponReceiving('a request for order 5')
          .withRequest({ method: 'GET', path: '/orders/5' })
          .willRespondWith({ status: 200 });
        return provider.executeTest(async (mockServer) => {
          await fetch(`${mockServer.url}/orders/5`);
          throw new Error('the client could not parse the order');
        });
      },
    },
  ],
};
