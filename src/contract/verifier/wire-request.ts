/** Turning a pact request into the request sent to the provider. */
import type { HttpRequest, Query } from '../../match/index.ts';
import type { WireRequest } from './send.ts';

/**
 * The URL, method, headers and body to send for `request` to the provider at `baseUrl` (a path in
 * the base URL is kept as a prefix). A body's declared content type becomes the `Content-Type`
 * header when the request has none.
 *
 * @example
 * toWireRequest('http://127.0.0.1:8080/api', { method: 'GET', path: '/orders', query: { id: ['1'] },
 *   body: { state: 'missing' } }).url; // 'http://127.0.0.1:8080/api/orders?id=1'
 */
export function toWireRequest(baseUrl: string, request: HttpRequest): WireRequest {
  const url = `${baseUrl.replace(/\/+$/, '')}${encodePath(request.path)}${queryText(request)}`;
  const headers: Record<string, readonly string[]> = { ...request.headers };
  const body = bodyBytes(request.body);
  const contentType = 'contentType' in request.body ? request.body.contentType : undefined;
  const hasType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  if (body !== undefined && contentType !== undefined && !hasType) headers['Content-Type'] = [contentType];
  return { url, method: request.method, headers, ...(body === undefined ? {} : { body }) };
}

function encodePath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return withSlash
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/g, (char) => encodeURIComponent(char));
}

function queryText(request: HttpRequest): string {
  if (request.queryString !== undefined && request.queryString !== '') return `?${request.queryString}`;
  const text = encodeQuery(request.query ?? {});
  return text === '' ? '' : `?${text}`;
}

function encodeQuery(query: Query): string {
  return Object.entries(query)
    .flatMap(([name, values]) =>
      values.map((value) =>
        value === '' ? encodeURIComponent(name) : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
      ),
    )
    .join('&');
}

function bodyBytes(body: HttpRequest['body']): Uint8Array | undefined {
  if (body.state === 'present') return body.content;
  if (body.state === 'empty') return new Uint8Array();
  if (body.state === 'null') return new TextEncoder().encode('null');
  return undefined;
}
