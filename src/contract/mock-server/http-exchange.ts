/**
 * Conversions between HTTP on the wire (fetch `Request`/`Response`, raw client responses) and the
 * request and response model the matching engine works on.
 */
import { type RawHttpResponse, readRequestBody, requestHeaderValues } from '../../core/index.ts';
import type { Body, HttpRequest, HttpResponse } from '../../match/index.ts';
import { parseQueryString } from '../pact-json/query.ts';

// Statuses whose responses cannot have a body (the fetch `Response` constructor enforces it).
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/**
 * Reads a received fetch `Request` into the model: the path percent-decoded, the query as a map,
 * headers with lower-case names, the body bytes with their content type (`empty` when none).
 *
 * @example
 * const actual = await toHttpRequest(new Request('http://localhost/orders?page=2'));
 * // { method: 'GET', path: '/orders', query: { page: ['2'] }, queryString: 'page=2', headers: {}, body: { state: 'empty' } }
 */
export async function toHttpRequest(request: Request): Promise<HttpRequest> {
  const url = new URL(request.url);
  const search = url.search.slice(1);
  const headers = requestHeaderValues(request);
  const body = toBody(await readRequestBody(request), request.headers.get('content-type'));
  const path = decodePath(url.pathname);
  if (search === '') return { method: request.method.toUpperCase(), path, headers, body };
  const query = parseQueryString(search);
  return { method: request.method.toUpperCase(), path, query, queryString: search, headers, body };
}

/**
 * Builds the fetch `Response` for a response of the model: status, headers (each value appended),
 * and the body bytes; a body without a Content-Type header gets its content type as one.
 *
 * @throws RangeError for a status fetch cannot send (outside 200–599).
 * @example
 * fromHttpResponse({ status: 201, headers: { Location: ['/orders/1'] }, body: { state: 'missing' } });
 */
export function fromHttpResponse(response: HttpResponse): Response {
  const headers = new Headers();
  for (const [name, values] of Object.entries(response.headers ?? {})) {
    for (const value of values) headers.append(name, value);
  }
  const body = nullBodyStatuses.has(response.status) ? undefined : bodyBytes(response.body);
  if (body !== undefined && !headers.has('content-type') && response.body.state === 'present') {
    const contentType = response.body.contentType;
    if (contentType !== undefined) headers.set('content-type', contentType);
  }
  return new Response(body ?? null, { status: response.status, headers });
}

/**
 * Reads a raw client response (from `httpRequest`) into the model.
 *
 * @example
 * const actual = fromRawHttpResponse(await httpRequest(url));
 */
export function fromRawHttpResponse(raw: RawHttpResponse): HttpResponse {
  const contentType = raw.headers['content-type']?.join(', ') ?? null;
  return { status: raw.status, headers: { ...raw.headers }, body: toBody(raw.body, contentType) };
}

function toBody(bytes: Uint8Array, contentType: string | null): Body {
  if (bytes.length === 0) return { state: 'empty' };
  if (contentType === null) return { state: 'present', content: bytes };
  return { state: 'present', content: bytes, contentType };
}

function bodyBytes(body: Body): Uint8Array | undefined {
  return body.state === 'present' ? body.content : undefined;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
