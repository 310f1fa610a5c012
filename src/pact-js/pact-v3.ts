/**
 * pact-js's `PactV3`: a mutable builder (`given` → `uponReceiving` → `withRequest` →
 * `willRespondWith`, repeated) whose `executeTest` serves every interaction added since the last
 * test, over seam's typestate DSL and mock server.
 */
import {
  createPact,
  type HttpInteractionDescribed,
  type HttpInteractionReady,
  type HttpInteractionStart,
  type HttpInteractionWithRequest,
} from '../contract/index.ts';
import { SeamError } from '../core/index.ts';
import { type PactV3Options, toCreatePactOptions } from './consumer-options.ts';
import type { V3Interaction, V3MockServer, V3Request, V3Response } from './http-types.ts';
import { checkStateParams } from './state-params.ts';
import { unsupported } from './unsupported.ts';

type State = { readonly name: string; readonly params?: Readonly<Record<string, unknown>> };

/**
 * pact-js's V3 consumer DSL. `executeTest` rejects when a request was missing, unexpected or
 * mismatched (the mock server's report as message) and writes the pact file only on success.
 *
 * @example
 * const provider = new PactV3({ consumer: 'web', provider: 'orders', dir: './pacts' });
 * provider
 *   .given('order 1 exists', { id: 1 })
 *   .uponReceiving('a request for order 1')
 *   .withRequest({ method: 'GET', path: '/orders/1' })
 *   .willRespondWith({ status: 200, body: { id: MatchersV3.integer(1) } });
 * await provider.executeTest(async (mockServer) => fetch(`${mockServer.url}/orders/1`));
 */
export class PactV3 {
  readonly #options: PactV3Options;
  #states: State[] = [];
  #described: HttpInteractionDescribed | undefined;
  #withRequest: HttpInteractionWithRequest | undefined;
  #ready: HttpInteractionReady | undefined;

  constructor(options: PactV3Options) {
    toCreatePactOptions(options, 'V3');
    this.#options = options;
  }

  /** Adds a whole interaction (pact-js's object form). */
  addInteraction(interaction: V3Interaction): PactV3 {
    if (interaction.uponReceiving === '')
      throw new SeamError('usage', "must provide a valid interaction description via 'uponReceiving'");
    for (const state of interaction.states ?? []) this.given(state.description, state.parameters);
    return this.uponReceiving(interaction.uponReceiving)
      .withRequest(interaction.withRequest)
      .willRespondWith(interaction.willRespondWith);
  }

  given(providerState: string, parameters?: Readonly<Record<string, unknown>>): PactV3 {
    checkStateParams(parameters);
    this.#states.push(
      parameters === undefined ? { name: providerState } : { name: providerState, params: parameters },
    );
    return this;
  }

  uponReceiving(description: string): PactV3 {
    let start = this.#start();
    for (const state of this.#states) start = start.given(state.name, state.params);
    this.#described = start.uponReceiving(description);
    return this;
  }

  withRequest(request: V3Request): PactV3 {
    const { body, ...rest } = request;
    // As pact-js: a falsy body (undefined, '', 0, null) is no body.
    this.#withRequest = this.#describedStep().withRequest(body ? request : rest);
    return this;
  }

  withRequestBinaryFile(request: V3Request, contentType: string, file: string): PactV3 {
    this.#withRequest = this.#describedStep().withRequestBinaryFile(request, contentType, file);
    return this;
  }

  withRequestMultipartFileUpload(
    request: V3Request,
    contentType: string,
    file: string,
    mimePartName: string,
    boundary?: string,
  ): PactV3 {
    this.#withRequest = this.#describedStep().withRequestMultipartFileUpload(
      request,
      contentType,
      file,
      mimePartName,
      boundary,
    );
    return this;
  }

  withRequestMatchingRules(_request: V3Request, _rules: unknown): PactV3 {
    throw unsupported('withRequestMatchingRules', 'put matchers (MatchersV3) in the request values instead');
  }

  withResponseMatchingRules(_request: V3Request, _rules: unknown): PactV3 {
    throw unsupported(
      'withResponseMatchingRules',
      'put matchers (MatchersV3) in the response values instead',
    );
  }

  willRespondWith(response: V3Response): PactV3 {
    const { body, ...rest } = response;
    return this.#respond((step) => step.willRespondWith(body ? response : rest));
  }

  withResponseBinaryFile(response: V3Response, contentType: string, file: string): PactV3 {
    return this.#respond((step) => step.withResponseBinaryFile(response, contentType, file));
  }

  withResponseMultipartFileUpload(
    response: V3Response,
    contentType: string,
    file: string,
    mimePartName: string,
    boundary?: string,
  ): PactV3 {
    return this.#respond((step) =>
      step.withResponseMultipartFileUpload(response, contentType, file, mimePartName, boundary),
    );
  }

  /**
   * Starts a mock server with the interactions added since the last test, runs `testFn`, and
   * writes the pact file if every expected request came and nothing else did; rejects otherwise.
   */
  async executeTest<T>(testFn: (mockServer: V3MockServer) => Promise<T>): Promise<T | undefined> {
    const ready = this.#ready;
    this.#reset();
    if (ready === undefined)
      throw new SeamError(
        'usage',
        'executeTest: no complete interaction; call uponReceiving, withRequest and willRespondWith first',
      );
    return ready.executeTest(testFn);
  }

  #start(): HttpInteractionStart {
    return (
      this.#ready?.addInteraction() ?? createPact(toCreatePactOptions(this.#options, 'V3')).addInteraction()
    );
  }

  #describedStep(): HttpInteractionDescribed {
    if (this.#described === undefined)
      throw new SeamError('usage', 'withRequest: call uponReceiving(description) first');
    return this.#described;
  }

  #respond(step: (request: HttpInteractionWithRequest) => HttpInteractionReady): PactV3 {
    if (this.#withRequest === undefined)
      throw new SeamError('usage', 'willRespondWith: call withRequest first');
    this.#ready = step(this.#withRequest);
    this.#states = [];
    this.#described = undefined;
    this.#withRequest = undefined;
    return this;
  }

  #reset(): void {
    this.#states = [];
    this.#described = undefined;
    this.#withRequest = undefined;
    this.#ready = undefined;
  }
}
