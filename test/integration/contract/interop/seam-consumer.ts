/**
 * The same consumer tests as pact-js-consumer.ts, written with seam's DSL and matchers (the
 * expectations are shared), so each tool's pact files can be checked by the other's verifier.
 */
import { createPact, matchers as m, type TemplateValue } from '../../../../src/contract/index.ts';
import * as e from './expectations.ts';

// The expectations are typed with pact-js's matcher types; seam's matchers build the same JSON.
const seamMatchers = m as unknown as e.Matchers;
const template = (value: unknown) => value as TemplateValue;

/** Writes order-service → payment-service with seam, as V3 or V4, into `dir`. */
export async function writeSeamHttpPact(dir: string, spec: 'V3' | 'V4'): Promise<void> {
  const pact = createPact({ consumer: 'order-service', provider: 'payment-service', dir, spec });
  await pact
    .addInteraction()
    .given('a payment exists', { id: 42 })
    .uponReceiving('a request for payment 42')
    .withRequest({ method: 'GET', path: '/payments/42', headers: { Accept: 'application/json' } })
    .willRespondWith({
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: e.paymentBody(seamMatchers),
    })
    .executeTest((server) => e.consumerCalls.getPayment(server.url));
  await pact
    .addInteraction()
    .given('the account has funds')
    .uponReceiving('a payment for an order')
    .withRequest({
      method: 'POST',
      path: '/payments',
      headers: { 'Content-Type': 'application/json', Authorization: template(e.bearer(seamMatchers)) },
      body: e.paymentRequest(seamMatchers),
    })
    .willRespondWith({ status: 201, body: e.authorised(seamMatchers) })
    .executeTest((server) => e.consumerCalls.postPayment(server.url));
  await pact
    .addInteraction()
    .given('the account has insufficient funds')
    .uponReceiving('a payment without funds')
    .withRequest({
      method: 'POST',
      path: '/payments',
      headers: { Authorization: template(e.bearer(seamMatchers)) },
      body: e.paymentRequest(seamMatchers),
    })
    .willRespondWith({ status: 422, body: e.refused(seamMatchers) })
    .executeTest((server) => e.consumerCalls.postPayment(server.url));
  await pact
    .addInteraction()
    .given('a payment exists', { id: 42, orderId: 'ORD-1001' })
    .uponReceiving('a search by order')
    .withRequest({
      method: 'GET',
      path: '/payments',
      query: { orderId: template(e.orderIdQuery(seamMatchers)) },
    })
    .willRespondWith({ status: 200, body: e.searchResult(seamMatchers) })
    .executeTest((server) => e.consumerCalls.search(server.url));
}

/** Writes the V4 asynchronous message pact order-service → payment-events with seam into `dir`. */
export async function writeSeamMessagePact(dir: string): Promise<void> {
  const pact = createPact({ consumer: 'order-service', provider: 'payment-events', dir });
  await pact
    .addAsynchronousMessage()
    .given('a payment was settled')
    .expectsToReceive('a payment settled event')
    .withMetadata(e.settledMetadata(seamMatchers))
    .withContent(e.settledEvent(seamMatchers))
    .executeTest(async () => undefined);
}
