/**
 * A pact-js message suite: `MessageConsumerPact` with the body handlers, V4 asynchronous and
 * synchronous messages, and `MessageProviderPact` verifying a producer (it must reject when the
 * producer breaks the contract).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Suite } from '../suite.ts';

const options = (dir: string, provider = 'order-events') => ({
  consumer: 'billing',
  provider,
  dir,
  logLevel: 'error' as const,
});

function orderPaid(broken: boolean) {
  return { orderId: broken ? '1042' : 1042, amount: 99.5, paidAt: '2026-11-20T09:31:00Z' };
}

export const messages: Suite = {
  title: 'a message suite (MessageConsumerPact, V4 messages, MessageProviderPact)',
  cases: [
    {
      name: 'passes a V3 message consumer and writes the message pact',
      expect: 'pass',
      async run({ MessageConsumerPact, MatchersV3: m, synchronousBodyHandler }, { dir }) {
        const received: unknown[] = [];
        await new MessageConsumerPact(options(dir))
          .given('order 1042 is paid')
          .expectsToReceive('an order-paid event')
          .withContent({
            orderId: m.integer(1042),
            amount: m.decimal(99.5),
            paidAt: m.iso8601DateTime('2026-11-20T09:31:00Z'),
          })
          .withMetadata({ topic: 'orders.paid' })
          .verify(synchronousBodyHandler((body) => received.push(body)));
        assert.deepEqual(received, [orderPaid(false)]);
      },
    },
    {
      name: 'fails a V3 message consumer whose handler rejects the message',
      expect: 'fail',
      async run({ MessageConsumerPact, asynchronousBodyHandler }, { dir }) {
        await new MessageConsumerPact(options(dir, 'order-events-refused'))
          .expectsToReceive('an order-cancelled event')
          .withContent({ orderId: 1042 })
          .verify(
            asynchronousBodyHandler(async () => {
              throw new Error('billing cannot handle cancellations');
            }),
          );
      },
    },
    {
      name: 'passes a V4 asynchronous message and hands the test its contents and metadata',
      expect: 'pass',
      async run({ PactV4, MatchersV3: m }, { dir }) {
        await new PactV4(options(dir, 'stock-events'))
          .addAsynchronousInteraction()
          .given('SKU-1 is restocked')
          .expectsToReceive('a stock-changed event', (b) =>
            b
              .withJSONContent({ sku: m.string('SKU-1'), available: m.integer(3) })
              .withMetadata({ topic: 'stock' }),
          )
          .executeTest(async (message) => {
            assert.deepEqual(message.contents.content, { sku: 'SKU-1', available: 3 });
            assert.equal(message.metadata.topic, 'stock');
          });
      },
    },
    {
      name: 'passes a V4 synchronous message and hands the test the request and response bytes',
      expect: 'pass',
      async run({ PactV4, MatchersV3: m }, { dir }) {
        await new PactV4(options(dir, 'stock-service'))
          .addSynchronousInteraction('a stock check')
          .given('SKU-1 is in stock')
          .withRequest((b) => b.withJSONContent({ sku: m.string('SKU-1') }))
          .withResponse((b) => b.withJSONContent({ available: m.integer(3) }))
          .executeTest(async (message) => {
            assert.deepEqual(JSON.parse(String(message.Request.content)), { sku: 'SKU-1' });
            assert.deepEqual(JSON.parse(String(message.Response[0]?.content)), { available: 3 });
          });
      },
    },
    {
      name: "passes the Verifier on a V4 synchronous message's responder, which gets the request contents",
      expect: 'pass',
      async run({ Verifier }, { dir }) {
        const requests: unknown[] = [];
        await new Verifier({
          provider: 'stock-service',
          pactUrls: [path.join(dir, 'billing-stock-service.json')],
          logLevel: 'error',
          messageProviders: {
            'a stock check': (descriptor) => {
              requests.push(descriptor.content);
              return { available: 5 };
            },
          },
        }).verifyProvider();
        assert.deepEqual(requests, [{ sku: 'SKU-1' }]);
      },
    },
    {
      name: "fails the Verifier on a V4 synchronous message's responder that answers without the count",
      expect: 'fail',
      async run({ Verifier }, { dir }) {
        await new Verifier({
          provider: 'stock-service',
          pactUrls: [path.join(dir, 'billing-stock-service.json')],
          logLevel: 'error',
          messageProviders: { 'a stock check': () => ({ sku: 'SKU-1' }) },
        }).verifyProvider();
      },
    },
    {
      name: 'passes MessageProviderPact on a producer that sends the contracted event',
      expect: 'pass',
      async run({ MessageProviderPact, providerWithMetadata }, { dir }) {
        const states: string[] = [];
        await new MessageProviderPact({
          provider: 'order-events',
          pactUrls: [path.join(dir, 'billing-order-events.json')],
          logLevel: 'error',
          stateHandlers: { 'order 1042 is paid': async (name) => states.push(name) },
          messageProviders: {
            'an order-paid event': providerWithMetadata(() => orderPaid(false), { topic: 'orders.paid' }),
          },
        }).verify();
        assert.deepEqual(states, ['order 1042 is paid']);
      },
    },
    {
      name: 'fails MessageProviderPact on a producer that sends the order id as a string',
      expect: 'fail',
      async run({ MessageProviderPact, providerWithMetadata }, { dir }) {
        await new MessageProviderPact({
          provider: 'order-events',
          pactUrls: [path.join(dir, 'billing-order-events.json')],
          logLevel: 'error',
          messageProviders: {
            'an order-paid event': providerWithMetadata(() => orderPaid(true), { topic: 'orders.paid' }),
          },
        }).verify();
      },
    },
  ],
};
