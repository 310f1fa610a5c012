/**
 * pact-js's V4 request and response builders (`withRequest(method, path, (b) => …)`), over seam's
 * builders: the same methods, plus the ones seam lacks failing with a clear error.
 */
import type { RequestBuilder, ResponseBuilder, TemplateValue } from '../contract/index.ts';
import { unsupported } from './unsupported.ts';

type Values = Readonly<Record<string, TemplateValue>>;

/**
 * pact-js's `V4ResponseBuilder`.
 *
 * @example
 * const build = (b: V4ResponseBuilder) => b.headers({ 'Content-Type': 'application/json' }).jsonBody({ id: 1 });
 */
export interface V4ResponseBuilder {
  headers(headers: Values): V4ResponseBuilder;
  jsonBody(body: unknown): V4ResponseBuilder;
  /** XML as a string; pact-js's `XmlBuilder` is not supported. */
  xmlBody(body: unknown): V4ResponseBuilder;
  binaryFile(contentType: string, file: string): V4ResponseBuilder;
  multipartBody(
    contentType: string,
    filename: string,
    mimePartName: string,
    boundary?: string,
  ): V4ResponseBuilder;
  /** Not supported: put matchers in the values. */
  matchingRules(rules: unknown): V4ResponseBuilder;
  body(contentType: string, body: Uint8Array | string): V4ResponseBuilder;
}

/**
 * pact-js's `V4RequestBuilder`: {@link V4ResponseBuilder} plus the query.
 *
 * @example
 * const build = (b: V4RequestBuilder) => b.query({ status: 'PAID' });
 */
export interface V4RequestBuilder extends V4ResponseBuilder {
  query(query: Values): V4RequestBuilder;
}

/**
 * seam's request-builder callback for a pact-js one.
 *
 * @example
 * described.withRequest('GET', '/orders', wrapRequestBuild((b) => b.query({ page: '1' })));
 */
export function wrapRequestBuild(
  build: ((builder: V4RequestBuilder) => unknown) | undefined,
): ((builder: RequestBuilder) => unknown) | undefined {
  if (build === undefined) return undefined;
  return (inner) => {
    const builder: V4RequestBuilder = {
      ...responseMethods(inner, () => builder),
      query: (query) => {
        inner.query(query);
        return builder;
      },
    };
    build(builder);
  };
}

/**
 * seam's response-builder callback for a pact-js one.
 *
 * @example
 * requestStep.willRespondWith(200, wrapResponseBuild((b) => b.jsonBody({ id: 1 })));
 */
export function wrapResponseBuild(
  build: ((builder: V4ResponseBuilder) => unknown) | undefined,
): ((builder: ResponseBuilder) => unknown) | undefined {
  if (build === undefined) return undefined;
  return (inner) => {
    const builder: V4ResponseBuilder = responseMethods(inner, () => builder);
    build(builder);
  };
}

function responseMethods<B extends V4ResponseBuilder>(
  inner: ResponseBuilder,
  self: () => B,
): V4ResponseBuilder {
  const then = (_: unknown): B => self();
  return {
    headers: (headers) => then(inner.headers(headers)),
    jsonBody: (body) => then(inner.jsonBody(body)),
    xmlBody: (body) => {
      if (typeof body !== 'string')
        throw unsupported("xmlBody with pact-js's XmlBuilder", 'pass the XML as a string');
      return then(inner.xmlBody(body));
    },
    binaryFile: (contentType, file) => then(inner.binaryFile(contentType, file)),
    multipartBody: (contentType, file, part, boundary) =>
      then(inner.multipartBody(contentType, file, part, boundary)),
    matchingRules: () => {
      throw unsupported(
        'matchingRules(rules) on V4 builders',
        'put matchers (MatchersV3) in the values instead',
      );
    },
    body: (contentType, body) => then(inner.body(contentType, body)),
  };
}
