/**
 * pact-js's `requestFilter` is Express middleware, `(req, res, next) => …`, run by its proxy on
 * each request to the provider. seam replays requests itself, so the filter gets an Express-like
 * `req` built from the request (headers lower-cased, JSON and form bodies parsed, as pact-js's
 * body-parser does) and its changes — headers, body, method, URL — make the request sent.
 */
import { parseQueryString } from '../contract/index.ts';
import type { HttpRequest } from '../match/index.ts';
import { unsupported } from './unsupported.ts';

/**
 * The Express-like request a filter sees and may change.
 *
 * @example
 * const filter: RequestFilter = (req, _res, next) => { req.headers.authorization = 'Bearer t'; next(); };
 */
export interface FilterRequest {
  method: string;
  url: string;
  originalUrl: string;
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  get(name: string): string | string[] | undefined;
  header(name: string): string | string[] | undefined;
}

/**
 * pact-js's request filter: Express middleware that changes the request and calls `next()`.
 *
 * @example
 * const filter: RequestFilter = (req, _res, next) => { req.headers['x-api-key'] = 'k'; next(); };
 */
export type RequestFilter = (req: FilterRequest, res: unknown, next: (error?: unknown) => void) => unknown;

const decoder = new TextDecoder();

/**
 * seam's `requestFilter` for a pact-js (Express) one.
 *
 * @example
 * verifyProvider({ ...options, requestFilter: fromExpressFilter((req, _res, next) => next()) });
 */
export function fromExpressFilter(filter: RequestFilter): (request: HttpRequest) => Promise<HttpRequest> {
  return (request) =>
    new Promise((resolve, reject) => {
      const req = toFilterRequest(request);
      const original = { url: req.url, body: req.body, text: JSON.stringify(req.body) };
      const next = (error?: unknown) =>
        error === undefined ? resolve(fromFilterRequest(request, req, original)) : reject(error);
      try {
        Promise.resolve(filter(req, answeringResponse(reject), next)).catch(reject);
      } catch (error) {
        reject(error);
      }
    });
}

function toFilterRequest(request: HttpRequest): FilterRequest {
  const headers: Record<string, string | string[] | undefined> = {};
  for (const [name, values] of Object.entries(request.headers ?? {}))
    headers[name.toLowerCase()] = name.toLowerCase() === 'set-cookie' ? [...values] : values.join(', ');
  const query = Object.fromEntries(
    Object.entries(request.query ?? {}).map(([name, values]) => [
      name,
      values.length === 1 ? String(values[0]) : [...values],
    ]),
  );
  const search = new URLSearchParams();
  for (const [name, values] of Object.entries(request.query ?? {}))
    for (const value of values) search.append(name, value);
  const url = `${request.path}${search.size === 0 ? '' : `?${search}`}`;
  const get = (name: string) => headers[name.toLowerCase()];
  return {
    method: request.method,
    url,
    originalUrl: url,
    path: request.path,
    query,
    headers,
    body: parsedBody(request),
    get,
    header: get,
  };
}

function parsedBody(request: HttpRequest): unknown {
  const body = request.body;
  if (body.state !== 'present') return undefined;
  const type = (body.contentType ?? '').toLowerCase();
  const text = () => decoder.decode(body.content);
  try {
    if (/[/+]json\b/.test(type)) return JSON.parse(text());
  } catch {
    return Buffer.from(body.content);
  }
  if (type.startsWith('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(text()));
  return Buffer.from(body.content);
}

function fromFilterRequest(
  request: HttpRequest,
  req: FilterRequest,
  original: { url: string; body: unknown; text: string | undefined },
): HttpRequest {
  const headers: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    // Keyed by lower-case name: `req.headers.Authorization = …` replaces `authorization`.
    if (value === undefined) delete headers[name.toLowerCase()];
    else headers[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  const body = bodyAfter(request, req.body, original);
  if (req.url === original.url) return { ...request, method: req.method, headers, body };
  const target = new URL(req.url, 'http://filter.invalid');
  const { queryString: _written, ...rest } = request;
  const query = parseQueryString(target.search.slice(1));
  return { ...rest, method: req.method, headers, body, path: target.pathname, query };
}

function bodyAfter(
  request: HttpRequest,
  body: unknown,
  original: { body: unknown; text: string | undefined },
): HttpRequest['body'] {
  if (body === original.body && (Buffer.isBuffer(body) || JSON.stringify(body) === original.text))
    return request.body;
  const contentType = request.body.state === 'present' ? request.body.contentType : undefined;
  const typed = contentType === undefined ? {} : { contentType };
  if (body === undefined || body === null) return { state: 'missing' };
  if (body instanceof Uint8Array) return { state: 'present', content: body, ...typed };
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { state: 'present', content: new TextEncoder().encode(text), ...typed };
}

/** A response object whose every use fails the request: seam's filters change requests only. */
function answeringResponse(reject: (error: unknown) => void): unknown {
  return new Proxy(
    {},
    {
      get: (_target, name) =>
        name === 'then'
          ? undefined
          : () => {
              reject(
                unsupported(
                  `a request filter that answers the request itself (res.${String(name)})`,
                  'change req and call next()',
                ),
              );
            },
    },
  );
}
