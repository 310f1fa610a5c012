/**
 * What the fetch `Request` cannot hold, kept beside it by the node adapter: a body on GET or HEAD
 * (`new Request()` refuses one, but pacts and real clients may send it), and the header lines as
 * received (`Headers` merges repeated lines into one comma-joined value, which Pact matching tells
 * apart).
 */
import { setOwn } from '../objects.ts';

const heldBodies = new WeakMap<Request, Uint8Array>();
const heldHeaderLines = new WeakMap<Request, readonly string[]>();

/**
 * Attaches a body to a request that cannot carry it itself (GET, HEAD).
 *
 * @example
 * const request = new Request('http://localhost/search', { method: 'GET' });
 * holdRequestBody(request, new TextEncoder().encode('{"q":"x"}'));
 */
export function holdRequestBody(request: Request, body: Uint8Array): void {
  heldBodies.set(request, body);
}

/**
 * The bytes of a request's body, including a body held beside a GET or HEAD request. Reads the body
 * stream, so call it once per request.
 *
 * @example
 * const bytes = await readRequestBody(request);
 */
export async function readRequestBody(request: Request): Promise<Uint8Array> {
  const held = heldBodies.get(request);
  if (held !== undefined) return held;
  if (request.body === null) return new Uint8Array();
  return new Uint8Array(await request.arrayBuffer());
}

/**
 * Keeps the header lines a request arrived with, as node's `rawHeaders` (name, value, name, …).
 *
 * @example
 * holdHeaderLines(request, ['X-Test', '1', 'X-Test', '2']);
 */
export function holdHeaderLines(request: Request, lines: readonly string[]): void {
  heldHeaderLines.set(request, lines);
}

/**
 * The request's headers by lower-case name, one value per header line as received (repeated
 * lines stay apart); for a request built in process, the values of its `Headers`.
 *
 * @example
 * requestHeaderValues(request); // { 'x-test': ['1', '2'], accept: ['application/json'] }
 */
export function requestHeaderValues(request: Request): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of headerLines(request)) {
    const key = name.toLowerCase();
    if (Object.hasOwn(values, key)) values[key]?.push(value);
    // setOwn: a header named `__proto__` must stay a header.
    else setOwn(values, key, [value]);
  }
  return values;
}

function headerLines(request: Request): [string, string][] {
  const raw = heldHeaderLines.get(request);
  if (raw === undefined) {
    const cookies = request.headers.getSetCookie().map((cookie): [string, string] => ['set-cookie', cookie]);
    return [...request.headers.entries()].filter(([name]) => name !== 'set-cookie').concat(cookies);
  }
  const lines: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) lines.push([raw[i] as string, raw[i + 1] as string]);
  return lines;
}
