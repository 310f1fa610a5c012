/** pact-js's V4 HTTP interaction builder (`PactV4.addInteraction()`), over seam's typestate DSL. */
import type { HttpInteractionReady, Matcher } from '../contract/index.ts';
import { SeamError } from '../core/index.ts';
import type { HttpSession } from './http-session.ts';
import type { V3Request, V3Response, V4MockServer } from './http-types.ts';
import {
  InteractionDraft,
  pluginsUnsupported,
  referenceUnsupported,
  type V4Comment,
} from './interaction-draft.ts';
import {
  type V4RequestBuilder,
  type V4ResponseBuilder,
  wrapRequestBuild,
  wrapResponseBuild,
} from './v4-body-builders.ts';

/**
 * A V4 HTTP interaction with its response: run the consumer test.
 *
 * @example
 * await interaction.executeTest(async (mockServer) => fetch(`${mockServer.url}/orders/1`));
 */
export interface V4InteractionWithResponse {
  executeTest<T>(testFn: (mockServer: V4MockServer) => Promise<T>): Promise<T | undefined>;
}

/**
 * A V4 HTTP interaction with its request: the response next.
 *
 * @example
 * withRequest.willRespondWith(200, (b) => b.jsonBody({ id: like(1) }));
 */
export interface V4InteractionWithRequest {
  willRespondWith(
    status: number | Matcher<number>,
    builder?: (builder: V4ResponseBuilder) => void,
  ): V4InteractionWithResponse;
}

/**
 * A V4 HTTP interaction given as whole request and response objects.
 *
 * @example
 * interaction.withCompleteRequest({ method: 'GET', path: '/orders/1' }).withCompleteResponse({ status: 200 });
 */
export interface V4InteractionWithCompleteRequest {
  withCompleteResponse(response: V3Response): V4InteractionWithResponse;
}

/**
 * pact-js's `V4UnconfiguredInteraction`: states, description and V4 markup, then the request.
 *
 * @example
 * pact.addInteraction().given('order 1 exists').uponReceiving('a request for order 1').withRequest('GET', '/orders/1');
 */
export class V4UnconfiguredInteraction {
  readonly #session: HttpSession;
  readonly #draft = new InteractionDraft();

  constructor(session: HttpSession) {
    this.#session = session;
  }

  given(state: string, parameters?: Readonly<Record<string, unknown>>): V4UnconfiguredInteraction {
    this.#draft.given(state, parameters);
    return this;
  }

  uponReceiving(description: string): V4UnconfiguredInteraction {
    this.#draft.description = description;
    return this;
  }

  pending(pending?: boolean): V4UnconfiguredInteraction {
    this.#draft.pending(pending);
    return this;
  }

  comment(comment: V4Comment): V4UnconfiguredInteraction {
    this.#draft.comment(comment);
    return this;
  }

  testName(name: string): V4UnconfiguredInteraction {
    this.#draft.testName(name);
    return this;
  }

  reference(_group: string, _name: string, _value: string): V4UnconfiguredInteraction {
    throw referenceUnsupported();
  }

  usingPlugin(_config: unknown): never {
    throw pluginsUnsupported();
  }

  withRequest(
    method: string,
    path: string | Matcher<string>,
    builder?: (builder: V4RequestBuilder) => void,
  ): V4InteractionWithRequest {
    const step = this.#described().withRequest(method, path, wrapRequestBuild(builder));
    return {
      willRespondWith: (status, build) =>
        this.#withResponse(step.willRespondWith(status, wrapResponseBuild(build))),
    };
  }

  withCompleteRequest(request: V3Request): V4InteractionWithCompleteRequest {
    const step = this.#described().withRequest(request);
    return { withCompleteResponse: (response) => this.#withResponse(step.willRespondWith(response)) };
  }

  #described() {
    if (this.#draft.description === '')
      throw new SeamError('usage', 'withRequest: call uponReceiving(description) first');
    return this.#draft.applyTo(this.#session.start()).uponReceiving(this.#draft.description);
  }

  #withResponse(ready: HttpInteractionReady): V4InteractionWithResponse {
    const session = this.#session;
    session.configured(ready);
    return { executeTest: (testFn) => session.executeTest(ready, testFn) };
  }
}
