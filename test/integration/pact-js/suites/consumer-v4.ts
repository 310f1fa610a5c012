/** A pact-js V4 consumer suite: `PactV4` (and `Pact`) with the builder callbacks and many matchers. */
import assert from 'node:assert/strict';
import type { Suite } from '../suite.ts';

const options = (dir: string, provider = 'catalogue') => ({
  consumer: 'web',
  provider,
  dir,
  logLevel: 'error' as const,
});

export const consumerV4: Suite = {
  title: 'a V4 consumer suite (PactV4, Pact, MatchersV3)',
  cases: [
    {
      name: 'passes and writes the pact for a GET with a query, headers and matchers',
      expect: 'pass',
      async run({ PactV4, MatchersV3: m }, { dir }) {
        const pact = new PactV4(options(dir));
        return pact
          .addInteraction()
          .given('products exist', { count: 2 })
          .uponReceiving('a search for products')
          .withRequest('GET', '/products', (b) =>
            b
              .query({ q: m.string('lamp'), page: m.regex(/^\d+$/, '1') })
              .headers({ Accept: 'application/json' }),
          )
          .willRespondWith(200, (b) =>
            b.headers({ 'Content-Type': 'application/json' }).jsonBody({
              total: m.integer(2),
              products: m.atLeastLike(
                { id: m.uuid('6f2c1f0e-8a4b-4c1d-9e2f-3a4b5c6d7e8f'), name: m.string('Lamp') },
                1,
                2,
              ),
              price: m.number(12.5),
              updated: m.iso8601DateTime('2026-11-20T09:30:00Z'),
              day: m.date('yyyy-MM-dd', '2026-11-20'),
              tags: m.arrayContaining('new'),
              rating: m.nullValue(),
              vendor: m.includes('ACME'),
              sku: m.equal('LAMP-1'),
              ip: m.ipv4Address('10.0.0.1'),
              colour: m.eachKeyLike('red', { stock: m.integer(3) }),
              email: m.email('shop@example.com'),
            }),
          )
          .executeTest(async (mockServer) => {
            const response = await fetch(`${mockServer.url}/products?q=lamp&page=1`, {
              headers: { Accept: 'application/json' },
            });
            const body = (await response.json()) as { total: number; products: unknown[] };
            assert.equal(body.total, 2);
            assert.equal(body.products.length, 2);
          });
      },
    },
    {
      name: 'passes with a status-class matcher, pending, a comment and a test name (Pact is PactV4)',
      expect: 'pass',
      async run({ Pact, MatchersV3: m, HTTPResponseStatusClass }, { dir }) {
        const pact = new Pact(options(dir));
        return pact
          .addInteraction()
          .uponReceiving('a product that is gone')
          .pending()
          .comment('archived products answer 4xx')
          .testName('catalogue gone product')
          .withRequest('DELETE', m.regex(/^\/products\/\d+$/, '/products/7'))
          .willRespondWith(m.matchStatus(404, HTTPResponseStatusClass.ClientError), (b) =>
            b.jsonBody({ error: m.string('gone') }),
          )
          .executeTest(async (mockServer) => {
            const response = await fetch(`${mockServer.url}/products/7`, { method: 'DELETE' });
            assert.equal(response.status, 404);
          });
      },
    },
    {
      name: 'passes when one test calls two interactions configured on the same pact before it',
      expect: 'pass',
      async run({ PactV4, MatchersV3: m }, { dir }) {
        const pact = new PactV4(options(dir));
        pact
          .addInteraction()
          .uponReceiving('a request for the basket')
          .withRequest('GET', '/basket')
          .willRespondWith(200, (b) => b.jsonBody({ items: m.integer(0) }));
        return pact
          .addInteraction()
          .uponReceiving('a request for the wish list')
          .withRequest('GET', '/wishlist')
          .willRespondWith(200, (b) => b.jsonBody({ items: m.integer(2) }))
          .executeTest(async (mockServer) => {
            await fetch(`${mockServer.url}/basket`);
            await fetch(`${mockServer.url}/wishlist`);
          });
      },
    },
    {
      name: 'fails when an interaction configured before the test is never requested',
      expect: 'fail',
      async run({ PactV4 }, { dir }) {
        const pact = new PactV4(options(dir, 'catalogue-forgotten'));
        pact
          .addInteraction()
          .uponReceiving('a request for the basket')
          .withRequest('GET', '/basket')
          .willRespondWith(200);
        return pact
          .addInteraction()
          .uponReceiving('a request for the wish list')
          .withRequest('GET', '/wishlist')
          .willRespondWith(200)
          .executeTest(async (mockServer) => {
            await fetch(`${mockServer.url}/wishlist`);
          });
      },
    },
    {
      name: 'fails when the client calls another path',
      expect: 'fail',
      async run({ PactV4 }, { dir }) {
        return new PactV4(options(dir, 'catalogue-wrong-path'))
          .addInteraction()
          .uponReceiving('a request for product 1')
          .withRequest('GET', '/products/1')
          .willRespondWith(200)
          .executeTest(async (mockServer) => {
            await fetch(`${mockServer.url}/product/1`);
          });
      },
    },
    {
      name: 'fails when a header the provider needs is missing',
      expect: 'fail',
      async run({ PactV4, MatchersV3: m }, { dir }) {
        return new PactV4(options(dir, 'catalogue-no-auth'))
          .addInteraction()
          .uponReceiving('an authorised request')
          .withRequest('GET', '/me', (b) => b.headers({ Authorization: m.regex(/^Bearer .+$/, 'Bearer t') }))
          .willRespondWith(200)
          .executeTest(async (mockServer) => {
            await fetch(`${mockServer.url}/me`);
          });
      },
    },
  ],
};
