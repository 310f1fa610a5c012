/** A small HTTP client on node:http that always settles. */
import http from 'node:http';
import https from 'node:https';
import { SeamError } from '../errors.ts';
import { readResponse } from './read-response.ts';
import { describeRequestError } from './request-error-text.ts';

/**
 * The default time limit of {@link httpRequest}: 30 s.
 *
 * @example
 * await httpRequest(url, { timeoutMs: 2 * defaultRequestTimeoutMs });
 */
export const defaultRequestTimeoutMs = 30_000;
/**
 * The default response size cap of {@link httpRequest}: 16 MiB.
 *
 * @example
 * await httpRequest(url, { maxBodyBytes: 4 * defaultMaxResponseBytes });
 */
export const defaultMaxResponseBytes = 16 * 1024 * 1024;

/**
 * What to send, and the limits.
 *
 * @example
 * const options: HttpRequestOptions = { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } };
 */
export interface HttpRequestOptions {
  /** Default `GET`. */
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
  readonly body?: string | Uint8Array;
  /** The whole exchange (connect, send, receive) must finish within this (default 30 000 ms). */
  readonly timeoutMs?: number;
  /** A larger response body fails the request (default 16 MiB). */
  readonly maxBodyBytes?: number;
  readonly signal?: AbortSignal;
  /** The connection pool; default node's global agent, `false` for a fresh connection. */
  readonly agent?: http.Agent | false;
}

/**
 * A response as received: header names in lower case, each with all its values.
 *
 * @example
 * const raw: RawHttpResponse = { status: 200, headers: { 'content-type': ['text/plain'] }, body: new Uint8Array() };
 */
export interface RawHttpResponse {
  readonly status: number;
  readonly headers: Record<string, string[]>;
  readonly body: Uint8Array;
}

/**
 * Sends one request and reads the whole response. It never hangs: the exchange has a hard time
 * limit and the body a size cap, and whatever goes wrong (unreachable host, garbage bytes, a socket
 * closed mid-body) rejects with a `SeamError('io')` that names the method and URL.
 *
 * @example
 * const response = await httpRequest('http://127.0.0.1:8080/orders/1', { timeoutMs: 5000 });
 * response.status; // 200
 */
export function httpRequest(url: string | URL, options: HttpRequestOptions = {}): Promise<RawHttpResponse> {
  let target: URL;
  try {
    target = parseTarget(url);
  } catch (error) {
    return Promise.reject(error);
  }
  const method = (options.method ?? 'GET').toUpperCase();
  return new Promise((resolve, reject) => {
    let request: http.ClientRequest | undefined;
    let retried = false;
    const fail = (message: string, cause?: unknown) => {
      settle();
      request?.destroy();
      reject(new SeamError('io', `${method} ${target.href}: ${message}`, { cause }));
    };
    const settle = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => fail('aborted', options.signal?.reason);
    const timeoutMs = options.timeoutMs ?? defaultRequestTimeoutMs;
    const timer = setTimeout(() => fail(`no complete response within ${timeoutMs} ms`), timeoutMs);
    const send = () => {
      const current = startRequest(target, method, options);
      request = current;
      current.on('error', (error) => {
        // A pooled keep-alive socket the server had already closed: send once more on a new one.
        if (current.reusedSocket && !retried && isStaleSocketError(error)) {
          retried = true;
          send();
        } else fail(describeRequestError(error), error);
      });
      current.on('response', (response) =>
        readResponse(response, options.maxBodyBytes ?? defaultMaxResponseBytes, fail, (raw) => {
          settle();
          resolve(raw);
        }),
      );
      current.end(options.body);
    };
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) onAbort();
    else send();
  });
}

function startRequest(target: URL, method: string, options: HttpRequestOptions): http.ClientRequest {
  return (target.protocol === 'https:' ? https : http).request(target, {
    method,
    headers: outgoingHeaders(options.headers, options.body),
    ...(options.agent === undefined ? {} : { agent: options.agent }),
  });
}

function isStaleSocketError(error: Error): boolean {
  return ('code' in error && error.code === 'ECONNRESET') || error.message === 'socket hang up';
}

function outgoingHeaders(
  headers: HttpRequestOptions['headers'],
  body: string | Uint8Array | undefined,
): http.OutgoingHttpHeaders {
  const outgoing: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    outgoing[name] = typeof value === 'string' ? value : [...value];
  }
  // node frames GET/DELETE/OPTIONS bodies only when told their length.
  const framed = Object.keys(outgoing).some((name) => /^(content-length|transfer-encoding)$/i.test(name));
  if (body !== undefined && !framed) outgoing['content-length'] = Buffer.byteLength(body);
  return outgoing;
}

function parseTarget(url: string | URL): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch (cause) {
    throw new SeamError('usage', `not a valid URL: ${String(url)}`, { cause });
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new SeamError('usage', `only http: and https: URLs can be requested, not ${target.href}`);
  return target;
}
