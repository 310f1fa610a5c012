/** CORS for mock servers, so browser-based consumer tests can call them (pact-js enables it by default). */

/**
 * True for a CORS preflight: an OPTIONS request that asks which method it may use.
 *
 * @example
 * isPreflight(new Request('http://x/', { method: 'OPTIONS', headers: { 'access-control-request-method': 'POST' } })); // true
 */
export function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('access-control-request-method');
}

/**
 * The answer to a preflight: allow the origin, method and headers asked for.
 *
 * @example
 * const response = preflightResponse(request); // 204 with Access-Control-Allow-* headers
 */
export function preflightResponse(request: Request): Response {
  const headers = new Headers({
    'access-control-allow-origin': request.headers.get('origin') ?? '*',
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-max-age': '600',
  });
  return new Response(null, { status: 204, headers });
}

/**
 * Adds `Access-Control-Allow-Origin` to a response that does not set it itself.
 *
 * @example
 * withAllowOrigin(response, request);
 */
export function withAllowOrigin(response: Response, request: Request): Response {
  if (response.headers.has('access-control-allow-origin')) return response;
  response.headers.set('access-control-allow-origin', request.headers.get('origin') ?? '*');
  if (request.headers.has('origin')) response.headers.set('access-control-allow-credentials', 'true');
  return response;
}
