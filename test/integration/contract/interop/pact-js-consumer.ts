/**
 * order-service's consumer tests written with pact-js 17 (the reference implementation): V3 and V4
 * HTTP, and V4 asynchronous messages (pact-js 17 writes message pacts as V4 whatever spec it is
 * given), with the expectations of expectations.ts, which use every matcher pact-js offers.
 */
import { MatchersV3 as m, PactV3, PactV4 } from '@pact-foundation/pact';
import * as e from './expectations.ts';

/** Writes the V3 HTTP pact order-service → payment-service into `dir`. */
export async function writeV3HttpPact(dir: string): Promise<void> {
  const pact = new PactV3({ consumer: 'order-service', provider: 'payment-service', dir, logLevel: 'error' });
  pact
    .given('a payment exists', { id: 42 })
    .uponReceiving('a request for payment 42')
    .withRequest({ method: 'GET', path: '/payments/42', headers: { Accept: 'application/json' } })
    .willRespondWith({
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: e.paymentBody(m),
    });
  await pact.executeTest((server) => e.consumerCalls.getPayment(server.url));
  pact
    .given('the account has funds')
    .uponReceiving('a payment for an order')
    .withRequest({
      method: 'POST',
      path: '/payments',
      headers: { 'Content-Type': 'application/json', Authorization: e.bearer(m) },
      body: e.paymentRequest(m),
    })
    .willRespondWith({ status: 201, body: e.authorised(m) });
  await pact.executeTest((server) => e.consumerCalls.postPayment(server.url));
  pact
    .given('the account has insufficient funds')
    .uponReceiving('a payment without funds')
    .withRequest({
      method: 'POST',
      path: '/payments',
      headers: { Authorization: e.bearer(m) },
      body: e.paymentRequest(m),
    })
    .willRespondWith({ status: 422, body: e.refused(m) });
  await pact.executeTest((server) => e.consumerCalls.postPayment(server.url));
  pact
    .given('a payment exists', { id: 42, orderId: 'ORD-1001' })
    .uponReceiving('a search by order')
    .withRequest({ method: 'GET', path: '/payments', query: { orderId: e.orderIdQuery(m) } })
    .willRespondWith({ status: 200, body: e.searchResult(m) });
  await pact.executeTest((server) => e.consumerCalls.search(server.url));
}

/** Writes the V4 HTTP pact order-service → payment-service into `dir`. */
export async function writeV4HttpPact(dir: string): Promise<void> {
  const pact = new PactV4({ consumer: 'order-service', provider: 'payment-service', dir, logLevel: 'error' });
  await pact
    .addInteraction()
    .given('a payment exists', { id: 42 })
    .uponReceiving('a request for payment 42')
    .withRequest('GET', '/payments/42', (b) => b.headers({ Accept: 'application/json' }))
    .willRespondWith(200, (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody(e.paymentBody(m)))
    .executeTest((server) => e.consumerCalls.getPayment(server.url));
  await pact
    .addInteraction()
    .given('the account has funds')
    .uponReceiving('a payment for an order')
    .withRequest('POST', '/payments', (b) =>
      b
        .headers({ 'Content-Type': 'application/json', Authorization: e.bearer(m) })
        .jsonBody(e.paymentRequest(m)),
    )
    .willRespondWith(201, (b) => b.jsonBody(e.authorised(m)))
    .executeTest((server) => e.consumerCalls.postPayment(server.url));
  await pact
    .addInteraction()
    .given('the account has insufficient funds')
    .uponReceiving('a payment without funds')
    .withRequest('POST', '/payments', (b) =>
      b.headers({ Authorization: e.bearer(m) }).jsonBody(e.paymentRequest(m)),
    )
    .willRespondWith(422, (b) => b.jsonBody(e.refused(m)))
    .executeTest((server) => e.consumerCalls.postPayment(server.url));
  await pact
    .addInteraction()
    .given('a payment exists', { id: 42, orderId: 'ORD-1001' })
    .uponReceiving('a search by order')
    .withRequest('GET', '/payments', (b) => b.query({ orderId: e.orderIdQuery(m) }))
    .willRespondWith(200, (b) => b.jsonBody(e.searchResult(m)))
    .executeTest((server) => e.consumerCalls.search(server.url));
}

/** Writes a V4 pact with an asynchronous message order-service → payment-events into `dir`. */
export async function writeV4MessagePact(dir: string): Promise<void> {
  const pact = new PactV4({ consumer: 'order-service', provider: 'payment-events', dir, logLevel: 'error' });
  await pact
    .addAsynchronousInteraction()
    .given('a payment was settled')
    .expectsToReceive('a payment settled event', (b) =>
      b.withJSONContent(e.settledEvent(m)).withMetadata(e.settledMetadata(m)),
    )
    .executeTest(async () => undefined);
}
