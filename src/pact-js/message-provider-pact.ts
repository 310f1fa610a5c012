/**
 * pact-js's `MessageProviderPact`: verifies a message producer against message pacts; `verify()`
 * rejects when a message does not match.
 */
import { SeamError } from '../core/index.ts';
import { Verifier } from './verifier.ts';
import type { MessageProviders, VerifierOptions } from './verifier-options.ts';

/**
 * pact-js's message state handlers: called with the state's name and parameters before the
 * message is produced.
 *
 * @example
 * const stateHandlers: MessageStateHandlers = { 'order 1 is paid': async (_name, params) => seed(params) };
 */
export type MessageStateHandlers = Readonly<
  Record<string, (state: string, params?: Record<string, unknown>) => Promise<unknown>>
>;

/**
 * Options of {@link MessageProviderPact}: the verifier's pact sources and publishing options, the
 * message providers by description, and state handlers.
 *
 * @example
 * const options: PactMessageProviderOptions = {
 *   provider: 'orders',
 *   pactUrls: ['./pacts/billing-orders.json'],
 *   messageProviders: { 'an order-paid event': () => ({ orderId: 1 }) },
 * };
 */
export interface PactMessageProviderOptions
  extends Omit<VerifierOptions, 'providerBaseUrl' | 'stateHandlers' | 'messageProviders'> {
  readonly messageProviders: MessageProviders;
  readonly stateHandlers?: MessageStateHandlers;
}

/**
 * pact-js's message provider verifier.
 *
 * @example
 * await new MessageProviderPact({
 *   provider: 'orders',
 *   pactUrls: ['./pacts/billing-orders.json'],
 *   messageProviders: { 'an order-paid event': providerWithMetadata(() => ({ orderId: 1 }), { topic: 'orders' }) },
 * }).verify();
 */
export class MessageProviderPact {
  readonly #verifier: Verifier;

  constructor(config: PactMessageProviderOptions) {
    if (!config.messageProviders)
      throw new SeamError('config', 'MessageProviderPact needs messageProviders, by message description');
    const { stateHandlers, ...rest } = config;
    this.#verifier = new Verifier({
      ...rest,
      ...(stateHandlers === undefined
        ? {}
        : {
            stateHandlers: Object.fromEntries(
              Object.entries(stateHandlers).map(([name, handler]) => [
                name,
                (params?: Record<string, unknown>) => handler(name, params),
              ]),
            ),
          }),
    });
  }

  /** Verifies every message; rejects with a `ProviderVerificationError` when one does not match. */
  verify(): Promise<string> {
    return this.#verifier.verifyProvider();
  }
}
