/**
 * pact-js V4's callback form of `withRequest(method, path, (builder) => …)` and
 * `willRespondWith(status, (builder) => …)`, turned into the object form.
 */
import type { Matcher } from '../dsl-matchers/matcher.ts';
import type { RequestTemplate, ResponseTemplate, TemplateValue } from './http-parts.ts';
import { binaryBody, binaryFileBody, multipartFileBody } from './prepared-body.ts';

type Values = Readonly<Record<string, TemplateValue>>;

/**
 * Sets the headers and body of a request or response, as pact-js's V4 builders do.
 *
 * @example
 * (builder: ResponseBuilder) => builder.headers({ 'Content-Type': 'application/json' }).jsonBody({ id: like(1) });
 */
export interface ResponseBuilder {
  headers(headers: Values): this;
  /** A JSON body (with matchers), `application/json` unless a content type was set. */
  jsonBody(body: unknown): this;
  /**
   * A body of the given content type: bytes (a `Buffer`, matched by content type, as pact-js),
   * text, or JSON for a JSON type.
   */
  body(contentType: string, body: unknown): this;
  /** An XML body (`application/xml`), given as text; pact-js's `XmlBuilder` is not supported. */
  xmlBody(body: string): this;
  /** The bytes of `file`, matched by content type (a `contentType` rule at `$`). */
  binaryFile(contentType: string, file: string): this;
  /**
   * A `multipart/form-data` body whose part `partName` holds `file` of `contentType`, matched by
   * content type; the boundary is random unless given.
   */
  multipartBody(contentType: string, file: string, partName: string, boundary?: string): this;
}

/**
 * {@link ResponseBuilder} plus the query.
 *
 * @example
 * (builder: RequestBuilder) => builder.query({ status: 'SETTLED' }).headers({ Accept: 'application/json' });
 */
export interface RequestBuilder extends ResponseBuilder {
  query(query: Values): this;
}

type Template = { query?: Values; headers?: Values; body?: unknown; contentType?: string };

function createBuilder(target: Template): RequestBuilder {
  const set = (change: Template): RequestBuilder => {
    Object.assign(target, change);
    return builder;
  };
  const builder: RequestBuilder = {
    query: (query) => set({ query: { ...target.query, ...query } }),
    headers: (headers) => set({ headers: { ...target.headers, ...headers } }),
    jsonBody: (body) => set({ body, contentType: target.contentType ?? 'application/json' }),
    body: (contentType, body) =>
      set({ body: body instanceof Uint8Array ? binaryBody(contentType, body) : body, contentType }),
    xmlBody: (body) => set({ body, contentType: 'application/xml' }),
    binaryFile: (contentType, file) => set({ body: binaryFileBody(contentType, file), contentType }),
    multipartBody: (contentType, file, partName, boundary) =>
      set({
        body: multipartFileBody(contentType, file, partName, boundary),
        contentType: 'multipart/form-data',
      }),
  };
  return builder;
}

/**
 * The request template of pact-js's callback form.
 *
 * @example
 * requestTemplate('GET', '/orders/1', (b) => b.headers({ Accept: 'application/json' }));
 */
export function requestTemplate(
  method: string,
  path: string | Matcher<string>,
  build?: (builder: RequestBuilder) => unknown,
): RequestTemplate {
  const target: Template = {};
  build?.(createBuilder(target));
  return { method, path, ...target };
}

/**
 * The response template of pact-js's callback form.
 *
 * @example
 * responseTemplate(200, (b) => b.jsonBody({ id: like(1) }));
 */
export function responseTemplate(
  status: number | Matcher<number>,
  build?: (builder: ResponseBuilder) => unknown,
): ResponseTemplate {
  const target: Template = {};
  build?.(createBuilder(target));
  const { query: _query, ...rest } = target;
  return { status, ...rest };
}
