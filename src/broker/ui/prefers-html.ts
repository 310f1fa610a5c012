/** Tells a browser from an API client by its Accept header. */

/**
 * True when the request accepts `text/html` and neither `application/hal+json` nor
 * `application/json` (what browsers send for a page, never what Pact clients send).
 *
 * @example
 * prefersHtml(new Request('http://b/', { headers: { accept: 'text/html,*\/*;q=0.8' } })); // true
 */
export function prefersHtml(request: Request): boolean {
  const types = (request.headers.get('accept') ?? '')
    .toLowerCase()
    .split(',')
    .map((item) => item.split(';')[0]?.trim() ?? '');
  return (
    types.includes('text/html') &&
    !types.includes('application/hal+json') &&
    !types.includes('application/json')
  );
}
