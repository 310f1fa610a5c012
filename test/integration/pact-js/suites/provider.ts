/**
 * A pact-js provider-verification suite: `new Verifier(options).verifyProvider()` must resolve on a
 * provider that honours the pact and REJECT otherwise — a broken provider, a wrong literal port, a
 * missing header, a failing hook or state handler — so `return verifier.verifyProvider()` in a
 * test fails the test. The first case writes the pact the others verify.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  closedPortUrl,
  type OrderProvider,
  type OrderProviderOptions,
  startOrderProvider,
} from '../order-provider.ts';
import type { PactJs, Suite, SuiteContext } from '../suite.ts';

type VerifierOptions = ConstructorParameters<PactJs['Verifier']>[0];

function stateHandlers(
  provider: OrderProvider,
  calls: string[] = [],
): NonNullable<VerifierOptions['stateHandlers']> {
  return {
    'order 1 exists': {
      setup: async (params) => {
        calls.push('setup order 1');
        provider.addOrder(Number((params as { id: number }).id));
      },
      teardown: async () => {
        calls.push('teardown order 1');
        provider.clear();
      },
    },
    'an order exists': async () => {
      provider.addOrder(7);
      return { id: 7 };
    },
  };
}

/** Verifies the suite's pact against a fresh provider; `change` adjusts the options. */
async function verify(
  { Verifier }: PactJs,
  { dir }: SuiteContext,
  providerOptions: OrderProviderOptions,
  change: (options: VerifierOptions, provider: OrderProvider) => VerifierOptions = (options) => options,
): Promise<string> {
  const provider = await startOrderProvider(providerOptions);
  try {
    const options: VerifierOptions = {
      provider: 'orders',
      providerBaseUrl: provider.url,
      pactUrls: [path.join(dir, 'web-orders.json')],
      logLevel: 'error',
      stateHandlers: stateHandlers(provider),
    };
    return await new Verifier(change(options, provider)).verifyProvider();
  } finally {
    await provider.close();
  }
}

export const providerVerification: Suite = {
  title: 'a provider verification suite (Verifier)',
  cases: [
    {
      name: 'writes the pact the provider cases verify',
      expect: 'pass',
      async run({ PactV3, MatchersV3: m }, { dir }) {
        const pact = new PactV3({ consumer: 'web', provider: 'orders', dir, logLevel: 'error' });
        pact
          .given('order 1 exists', { id: 1 })
          .uponReceiving('a request for order 1')
          .withRequest({ method: 'GET', path: '/orders/1' })
          .willRespondWith({ status: 200, body: { id: m.integer(1), status: m.string('PAID') } });
        pact
          .given('an order exists')
          .uponReceiving('a request for an order by the id the state returns')
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a provider-state expression, not a template
          .withRequest({ method: 'GET', path: m.fromProviderState('/orders/${id}', '/orders/2') })
          .willRespondWith({ status: 200, body: { id: m.integer(1) } });
        await pact.executeTest(async (mockServer) => {
          await fetch(`${mockServer.url}/orders/1`);
          await fetch(`${mockServer.url}/orders/2`);
        });
      },
    },
    {
      name: 'resolves on a provider that honours the pact, calling state setup and teardown',
      expect: 'pass',
      async run(pact, context) {
        const calls: string[] = [];
        await verify(pact, context, {}, (options, provider) => ({
          ...options,
          stateHandlers: stateHandlers(provider, calls),
        }));
        assert.deepEqual(calls, ['setup order 1', 'teardown order 1']);
      },
    },
    {
      name: 'rejects on a provider that sends the order id as a string',
      expect: 'fail',
      run: (pact, context) => verify(pact, context, { broken: true }),
    },
    {
      name: 'rejects when providerBaseUrl is a wrong literal port',
      expect: 'fail',
      async run(pact, context) {
        const nothing = await closedPortUrl();
        // pact-js's proxy never answers the verifier here (it throws ECONNREFUSED instead), so the
        // verifier waits out its timeout: keep it short.
        return verify(pact, context, {}, (options) => ({
          ...options,
          providerBaseUrl: nothing,
          timeout: 2000,
        }));
      },
    },
    {
      name: 'resolves with a requestFilter that adds the Authorization header the provider requires',
      expect: 'pass',
      run: (pact, context) =>
        verify(pact, context, { requireAuth: true }, (options) => ({
          ...options,
          requestFilter: (req: { headers: Record<string, unknown> }, _res: unknown, next: () => void) => {
            req.headers.Authorization = 'Bearer a-token';
            next();
          },
        })),
    },
    {
      name: 'rejects when the provider requires an Authorization header and nothing adds it',
      expect: 'fail',
      run: (pact, context) => verify(pact, context, { requireAuth: true }),
    },
    {
      name: 'resolves with customProviderHeaders the provider requires',
      expect: 'pass',
      run: (pact, context) =>
        verify(pact, context, { requireTenant: true }, (options) => ({
          ...options,
          customProviderHeaders: ['X-Tenant: acme'],
        })),
    },
    {
      name: 'runs beforeEach and afterEach once around each interaction',
      expect: 'pass',
      async run(pact, context) {
        const hooks: string[] = [];
        await verify(pact, context, {}, (options) => ({
          ...options,
          beforeEach: async () => hooks.push('before'),
          afterEach: async () => hooks.push('after'),
        }));
        assert.deepEqual(hooks, ['before', 'after', 'before', 'after']);
      },
    },
    {
      name: 'rejects when a beforeEach hook throws',
      expect: 'fail',
      run: (pact, context) =>
        verify(pact, context, {}, (options) => ({
          ...options,
          beforeEach: async () => {
            throw new Error('the database is down');
          },
        })),
    },
    {
      name: 'rejects when a state handler throws',
      expect: 'fail',
      run: (pact, context) =>
        verify(pact, context, {}, (options) => ({
          ...options,
          stateHandlers: {
            'order 1 exists': async () => {
              throw new Error('cannot seed order 1');
            },
          },
        })),
    },
  ],
};
