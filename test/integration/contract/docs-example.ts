/** The example shown in docs/contract-testing.md (kept in sync by docs-example.test.ts). */
// #region example
import assert from 'node:assert/strict';
import {
  createPact,
  decimal,
  eachLike,
  integer,
  iso8601DateTime,
  regex,
  uuid,
} from '../../../src/contract/index.ts';

// order-service's client for payment-service: the code under test.
async function pay(baseUrl: string, orderId: number, amount: number) {
  const response = await fetch(`${baseUrl}/payments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ orderId, amount }),
  });
  return (await response.json()) as { id: string; status: string };
}

export async function payOrder(dir: string) {
  const pact = createPact({ consumer: 'order-service', provider: 'payment-service', dir });
  await pact
    .addInteraction()
    .given('order 1042 is unpaid', { orderId: 1042 })
    .uponReceiving('a payment for order 1042')
    .withRequest({
      method: 'POST',
      path: '/payments',
      headers: { 'Content-Type': 'application/json' },
      body: { orderId: integer(1042), amount: decimal(99.5) },
    })
    .willRespondWith({
      status: 201,
      body: {
        id: uuid(),
        status: regex(/^(ACCEPTED|PENDING)$/, 'ACCEPTED'),
        createdAt: iso8601DateTime('2024-05-01T10:00:00Z'),
        lines: eachLike({ sku: regex(/^SKU-\d+$/, 'SKU-1'), quantity: integer(1) }),
      },
    })
    .executeTest(async (mockServer) => {
      const payment = await pay(mockServer.url, 1042, 99.5);
      assert.equal(payment.status, 'ACCEPTED');
    });
}

export async function orderPaidContract(dir: string) {
  const pact = createPact({ consumer: 'order-service', provider: 'payment-service', dir });
  await pact
    .addAsynchronousMessage()
    .given('order 1042 is paid')
    .expectsToReceive('an order-paid event')
    .withMetadata({ topic: 'payments' })
    .withContent({ orderId: integer(1042), paymentId: uuid() })
    .executeTest(async (message) => {
      // Call the real handler here; the pact is written only if it succeeds.
      assert.equal((message.contents as { orderId: number }).orderId, 1042);
    });
}
// #endregion
