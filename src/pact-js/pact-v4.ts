/** pact-js's `PactV4` (exported as `Pact` too): V4 HTTP and message interactions over seam's DSL. */
import type { CreatePactOptions } from '../contract/index.ts';
import { type PactV4Options, toCreatePactOptions } from './consumer-options.ts';
import { HttpSession } from './http-session.ts';
import { unsupported } from './unsupported.ts';
import { V4UnconfiguredInteraction } from './v4-http-interaction.ts';
import {
  V4UnconfiguredAsynchronousMessage,
  V4UnconfiguredSynchronousMessage,
} from './v4-message-interactions.ts';

/**
 * pact-js's V4 consumer DSL. Each `add…` starts one interaction. An HTTP interaction's
 * `executeTest` serves every HTTP interaction configured on this pact since the last test (as
 * pact-js does), rejects when the consumer's requests did not match them (or the test threw), and
 * merges the pact file on success.
 *
 * @example
 * const pact = new PactV4({ consumer: 'web', provider: 'orders', dir: './pacts' });
 * await pact
 *   .addInteraction()
 *   .given('order 1 exists')
 *   .uponReceiving('a request for order 1')
 *   .withRequest('GET', '/orders/1')
 *   .willRespondWith(200, (b) => b.jsonBody({ id: MatchersV3.integer(1) }))
 *   .executeTest(async (mockServer) => fetch(`${mockServer.url}/orders/1`));
 */
export class PactV4 {
  readonly #options: CreatePactOptions;
  readonly #http: HttpSession;

  constructor(options: PactV4Options) {
    this.#options = toCreatePactOptions(options, 'V4');
    this.#http = new HttpSession(this.#options);
  }

  addInteraction(): V4UnconfiguredInteraction {
    return new V4UnconfiguredInteraction(this.#http);
  }

  addSynchronousInteraction(description: string): V4UnconfiguredSynchronousMessage {
    return new V4UnconfiguredSynchronousMessage(this.#options, description);
  }

  addAsynchronousInteraction(): V4UnconfiguredAsynchronousMessage {
    return new V4UnconfiguredAsynchronousMessage(this.#options);
  }

  addGraphQLInteraction(): never {
    throw unsupported(
      'GraphQL interactions',
      'write the GraphQL request as an HTTP interaction: POST with a JSON body { query, variables }',
    );
  }
}
