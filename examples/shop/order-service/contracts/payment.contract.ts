/**
 * order-service → payment-service: the consumer tests, driving order-service's real payment client
 * against seam's mock server.
 */
import { createPact, datetime, decimal, like, regex, uuid } from '../../../../src/contract/index.ts';
import { createPaymentClient } from '../payment-client.ts';
import { type ContractRunResult, check, runContractCases } from './contract-run.ts';

const pair = { consumer: 'order-service', provider: 'payment-service' } as const;

/** Any bearer token: the pact fixes the header's shape, not the provider's secret. */
const bearer = regex(/^Bearer [A-Za-z0-9._~+/=-]+$/, 'Bearer example-token');
const exampleToken = 'example-token';

function paymentRequest(accountId: string, amount: number) {
  return {
    method: 'POST',
    path: '/payments',
    headers: { Authorization: bearer, 'Content-Type': 'application/json' },
    body: { orderId: like('order-1'), accountId: like(accountId), amount: decimal(amount) },
  };
}

/**
 * Records order-service's pact with payment-service in `pactDir`: a captured payment (201 with
 * `fees`) and a payment refused for insufficient funds (422 `INSUFFICIENT_FUNDS`).
 *
 * @example
 * const result = await runPaymentContract('pacts');
 * result.interactions.map((i) => i.description); // ['a payment for an order', 'a payment that exceeds the balance']
 */
export async function runPaymentContract(pactDir: string): Promise<ContractRunResult> {
  const pact = () => createPact({ ...pair, dir: pactDir });
  return runContractCases({ ...pair, pactDir }, [
    {
      description: 'a payment for an order',
      run: () =>
        pact()
          .addInteraction()
          .given('an account with sufficient funds', { accountId: 'acc-1' })
          .uponReceiving('a payment for an order')
          .withRequest(paymentRequest('acc-1', 25.5))
          .willRespondWith({
            status: 201,
            headers: { 'Content-Type': 'application/json' },
            body: {
              paymentId: uuid('6f1c2d3e-0a4b-4c5d-8e9f-102030405060'),
              orderId: like('order-1'),
              status: regex(/^(CAPTURED|PENDING)$/, 'CAPTURED'),
              amount: decimal(25.5),
              fees: decimal(0.76),
              createdAt: datetime("yyyy-MM-dd'T'HH:mm:ss.SSSX", '2026-03-01T10:00:00.000Z'),
            },
          })
          .executeTest(async (mockServer) => {
            const client = createPaymentClient({ baseUrl: mockServer.url, token: exampleToken });
            const result = await client.pay({ orderId: 'order-1', accountId: 'acc-1', amount: 25.5 });
            check(result.ok, `expected a captured payment, got ${JSON.stringify(result)}`);
            check(result.payment.fees === 0.76, `expected fees 0.76, got ${result.payment.fees}`);
          }),
    },
    {
      description: 'a payment that exceeds the balance',
      run: () =>
        pact()
          .addInteraction()
          .given('an account with insufficient funds', { accountId: 'acc-2' })
          .uponReceiving('a payment that exceeds the balance')
          .withRequest(paymentRequest('acc-2', 500.25))
          .willRespondWith({
            status: 422,
            headers: { 'Content-Type': 'application/json' },
            body: { error: { code: 'INSUFFICIENT_FUNDS', message: like('Account "acc-2" has 10.00') } },
          })
          .executeTest(async (mockServer) => {
            const client = createPaymentClient({ baseUrl: mockServer.url, token: exampleToken });
            const result = await client.pay({ orderId: 'order-1', accountId: 'acc-2', amount: 500.25 });
            check(
              !result.ok && result.code === 'INSUFFICIENT_FUNDS',
              `expected a decline, got ${JSON.stringify(result)}`,
            );
          }),
    },
  ]);
}
