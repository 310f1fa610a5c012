/** `createPact`: the consumer DSL's entry point. */
import { SeamError } from '../../core/index.ts';
import { type AsyncMessageStart, startAsyncMessage } from './async-message-builder.ts';
import { type HttpInteractionStart, startHttpInteraction } from './http-interaction-builder.ts';
import { type CreatePactOptions, resolvePactOptions } from './pact-options.ts';
import { type SyncMessageStart, startSyncMessage } from './sync-message-builder.ts';

/**
 * A consumer–provider pact under construction. Each `add…` starts a typestate builder whose
 * `executeTest` runs the consumer test and merges the pact file `<dir>/<consumer>-<provider>.json`.
 *
 * @example
 * const pact = createPact({ consumer: 'order-service', provider: 'payment-service' });
 * pact.addInteraction(); // given → uponReceiving → withRequest → willRespondWith → executeTest
 */
export interface PactBuilder {
  /** The pact file this builder merges into. */
  readonly file: string;
  readonly spec: 'V3' | 'V4';
  /** An HTTP interaction. */
  addInteraction(): HttpInteractionStart;
  /** An asynchronous message (a V3 message pact entry, or V4 `Asynchronous/Messages`). */
  addAsynchronousMessage(): AsyncMessageStart;
  /** pact-js's name for {@link PactBuilder.addAsynchronousMessage}. */
  addAsynchronousInteraction(): AsyncMessageStart;
  /** A V4 synchronous message: a request message and its response messages. */
  addSynchronousMessage(description: string): SyncMessageStart;
  /** pact-js's name for {@link PactBuilder.addSynchronousMessage}. */
  addSynchronousInteraction(description: string): SyncMessageStart;
}

/**
 * Starts a pact between a consumer and a provider (V4 unless `spec: 'V3'`).
 *
 * @example
 * const pact = createPact({ consumer: 'order-service', provider: 'payment-service', dir: './pacts' });
 * await pact
 *   .addInteraction()
 *   .given('order 1042 is unpaid', { orderId: 1042 })
 *   .uponReceiving('a payment for order 1042')
 *   .withRequest({ method: 'POST', path: '/payments', body: { orderId: integer(1042), amount: decimal(99.5) } })
 *   .willRespondWith({ status: 201, body: { id: uuid(), status: 'ACCEPTED' } })
 *   .executeTest(async (mockServer) => {
 *     const payment = await createPaymentClient(mockServer.url).pay(1042, 99.5);
 *     assert.equal(payment.status, 'ACCEPTED');
 *   });
 */
export function createPact(options: CreatePactOptions): PactBuilder {
  if (!options.consumer || !options.provider)
    throw new SeamError(
      'usage',
      'createPact needs a consumer and a provider name, e.g. { consumer: "order-service", provider: "payment-service" }',
    );
  const settings = resolvePactOptions(options);
  const sync = (description: string): SyncMessageStart => {
    if (settings.spec !== 'V4')
      throw new SeamError(
        'usage',
        `synchronous messages need a V4 pact, but this pact is ${settings.spec}; use createPact({ spec: 'V4' })`,
      );
    return startSyncMessage(settings, description);
  };
  return {
    file: settings.file,
    spec: settings.spec,
    addInteraction: () => startHttpInteraction(settings),
    addAsynchronousMessage: () => startAsyncMessage(settings),
    addAsynchronousInteraction: () => startAsyncMessage(settings),
    addSynchronousMessage: sync,
    addSynchronousInteraction: sync,
  };
}
