/**
 * The typestate builder of HTTP interactions: `given`* → `uponReceiving` → `withRequest` →
 * `willRespondWith` → `executeTest`. Each state only has the methods that may come next, so an
 * incomplete interaction does not compile (and has no `executeTest` at run time either).
 */
import type { Matcher } from '../dsl-matchers/matcher.ts';
import type { HttpInteraction } from '../model/pact.ts';
import { type ConsumerTest, executeHttpTest } from './execute-http-test.ts';
import { buildRequest, buildResponse, type RequestTemplate, type ResponseTemplate } from './http-parts.ts';
import {
  commonFields,
  emptyDraft,
  type InteractionDraft,
  type InteractionMarkup,
  markupSetters,
} from './interaction-markup.ts';
import type { PactSettings } from './pact-options.ts';
import { binaryFileBody, multipartFileBody } from './prepared-body.ts';
import {
  type RequestBuilder,
  type ResponseBuilder,
  requestTemplate,
  responseTemplate,
} from './template-builders.ts';

/**
 * A new HTTP interaction: provider states and V4 extras, then `uponReceiving`.
 *
 * @example
 * pact.addInteraction().given('order 1042 exists').uponReceiving('a request for order 1042');
 */
export interface HttpInteractionStart extends InteractionMarkup<HttpInteractionStart> {
  uponReceiving(description: string): HttpInteractionDescribed;
}

/**
 * A described HTTP interaction: `withRequest` next.
 *
 * @example
 * described.withRequest({ method: 'GET', path: '/orders/1042' });
 */
export interface HttpInteractionDescribed extends InteractionMarkup<HttpInteractionDescribed> {
  withRequest(request: RequestTemplate): HttpInteractionWithRequest;
  /** pact-js V4's form: `withRequest('GET', '/orders/1', (b) => b.headers({ … }))`. */
  withRequest(
    method: string,
    path: string | Matcher<string>,
    build?: (builder: RequestBuilder) => unknown,
  ): HttpInteractionWithRequest;
  /** pact-js V3's `withRequestBinaryFile`: the request's body is the bytes of `file`. */
  withRequestBinaryFile(request: FileRequest, contentType: string, file: string): HttpInteractionWithRequest;
  /** pact-js V3's `withRequestMultipartFileUpload`: a `multipart/form-data` body with `file` as `partName`. */
  withRequestMultipartFileUpload(
    request: FileRequest,
    contentType: string,
    file: string,
    partName: string,
    boundary?: string,
  ): HttpInteractionWithRequest;
}

/**
 * A request or response template without its body, for the file-body forms.
 *
 * @example
 * const upload: FileRequest = { method: 'PUT', path: '/invoices/7/pdf' };
 */
export type FileRequest = Omit<RequestTemplate, 'body' | 'contentType'>;

/** @see FileRequest */
export type FileResponse = Omit<ResponseTemplate, 'body' | 'contentType'>;

/**
 * An HTTP interaction with its request: `willRespondWith` next.
 *
 * @example
 * withRequest.willRespondWith({ status: 200, body: { id: integer(1042) } });
 */
export interface HttpInteractionWithRequest {
  willRespondWith(response: ResponseTemplate): HttpInteractionReady;
  /** pact-js V4's form: `willRespondWith(200, (b) => b.jsonBody({ … }))`. */
  willRespondWith(
    status: number | Matcher<number>,
    build?: (builder: ResponseBuilder) => unknown,
  ): HttpInteractionReady;
  /** pact-js V3's `withResponseBinaryFile`: the response's body is the bytes of `file`. */
  withResponseBinaryFile(response: FileResponse, contentType: string, file: string): HttpInteractionReady;
  /** pact-js V3's `withResponseMultipartFileUpload`. */
  withResponseMultipartFileUpload(
    response: FileResponse,
    contentType: string,
    file: string,
    partName: string,
    boundary?: string,
  ): HttpInteractionReady;
}

/**
 * A complete HTTP interaction: run the test, or add another interaction to the same mock server.
 *
 * @example
 * await ready.executeTest(async (mockServer) => {
 *   const order = await createOrderClient(mockServer.url).get(1042);
 *   assert.equal(order.id, 1042);
 * });
 */
export interface HttpInteractionReady {
  /** Another interaction served by the same mock server in the same test. */
  addInteraction(): HttpInteractionStart;
  /**
   * Starts a mock server, runs the test, and merges the pact file if every expected request came
   * and nothing else did; otherwise rejects with the mock server's report.
   */
  executeTest<T>(test: ConsumerTest<T>): Promise<T>;
}

/**
 * The first state of an HTTP interaction of the pact in `settings`; `earlier` are interactions
 * completed before it in the same chain.
 *
 * @example
 * const start = startHttpInteraction(settings);
 */
export function startHttpInteraction(
  settings: PactSettings,
  earlier: readonly HttpInteraction[] = [],
): HttpInteractionStart {
  const start = (draft: InteractionDraft): HttpInteractionStart => ({
    ...markupSetters(settings, draft, start),
    uponReceiving: (description) => described({ ...draft, description }),
  });
  const described = (draft: InteractionDraft): HttpInteractionDescribed => ({
    ...markupSetters(settings, draft, described),
    withRequest: (
      request: RequestTemplate | string,
      path?: string | Matcher<string>,
      build?: (builder: RequestBuilder) => unknown,
    ) =>
      withRequest(
        draft,
        typeof request === 'string' ? requestTemplate(request, path ?? '/', build) : request,
      ),
    withRequestBinaryFile: (request, contentType, file) =>
      withRequest(draft, { ...request, body: binaryFileBody(contentType, file) }),
    withRequestMultipartFileUpload: (request, contentType, file, partName, boundary) =>
      withRequest(draft, { ...request, body: multipartFileBody(contentType, file, partName, boundary) }),
  });
  const withRequest = (draft: InteractionDraft, template: RequestTemplate): HttpInteractionWithRequest => {
    const request = buildRequest(template);
    const respond = (template: ResponseTemplate): HttpInteractionReady => {
      const interaction: HttpInteraction = {
        kind: 'http',
        ...commonFields(draft),
        request,
        response: buildResponse(template),
      };
      return ready(settings, [...earlier, interaction]);
    };
    return {
      willRespondWith: (
        response: ResponseTemplate | number | Matcher<number>,
        build?: (builder: ResponseBuilder) => unknown,
      ) => respond(isResponseTemplate(response) ? response : responseTemplate(response, build)),
      withResponseBinaryFile: (response, contentType, file) =>
        respond({ ...response, body: binaryFileBody(contentType, file) }),
      withResponseMultipartFileUpload: (response, contentType, file, partName, boundary) =>
        respond({ ...response, body: multipartFileBody(contentType, file, partName, boundary) }),
    };
  };
  return start(emptyDraft);
}

function ready(settings: PactSettings, interactions: readonly HttpInteraction[]): HttpInteractionReady {
  return {
    addInteraction: () => startHttpInteraction(settings, interactions),
    executeTest: (test) => executeHttpTest(settings, interactions, test),
  };
}

function isResponseTemplate(value: ResponseTemplate | number | Matcher<number>): value is ResponseTemplate {
  return typeof value === 'object' && 'status' in value && !('pact:matcher:type' in value);
}
