/** pact-js's request, response and mock-server shapes, as seam's templates take them. */
import type { RequestTemplate, ResponseTemplate } from '../contract/index.ts';

/**
 * An expected request, as pact-js's `V3Request` (values may be matchers).
 *
 * @example
 * const request: V3Request = { method: 'GET', path: '/orders/1', headers: { Accept: 'application/json' } };
 */
export type V3Request = RequestTemplate;

/**
 * A response, as pact-js's `V3Response`.
 *
 * @example
 * const response: V3Response = { status: 200, body: { id: like(1) } };
 */
export type V3Response = ResponseTemplate;

/**
 * A provider state with parameters, as pact-js's `V3ProviderState`.
 *
 * @example
 * const state: V3ProviderState = { description: 'order 1 exists', parameters: { id: 1 } };
 */
export interface V3ProviderState {
  readonly description: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
}

/**
 * A whole interaction in pact-js's object form (`PactV3.addInteraction`).
 *
 * @example
 * const interaction: V3Interaction = {
 *   states: [{ description: 'order 1 exists' }],
 *   uponReceiving: 'a request for order 1',
 *   withRequest: { method: 'GET', path: '/orders/1' },
 *   willRespondWith: { status: 200 },
 * };
 */
export interface V3Interaction {
  readonly states?: readonly V3ProviderState[];
  readonly uponReceiving: string;
  readonly withRequest: V3Request;
  readonly willRespondWith: V3Response;
}

/**
 * The running mock server a consumer test gets.
 *
 * @example
 * const test = async (mockServer: V3MockServer) => fetch(`${mockServer.url}/orders/1`);
 */
export interface V3MockServer {
  readonly port: number;
  readonly url: string;
  readonly id: string;
}

/** @see V3MockServer */
export type V4MockServer = V3MockServer;
/** @see V3Request */
export type V4Request = V3Request;
/** @see V3Response */
export type V4Response = V3Response;
