/** Putting a fetch-style handler on a port. */
import { createServer } from 'node:http';
import { errorMessage, SeamError } from '../errors.ts';
import type { FetchHandler } from './fetch-handler.ts';
import { closeServers, listenOnHosts, loopbackHosts, portOf } from './listen.ts';
import { createNodeListener } from './node-listener.ts';
import type { StartedServer } from './started-server.ts';

/**
 * The default request body limit of {@link startHttpServer}: 16 MiB.
 *
 * @example
 * await startHttpServer(handler, { maxBodyBytes: 4 * defaultMaxBodyBytes });
 */
export const defaultMaxBodyBytes = 16 * 1024 * 1024;

/** @deprecated Use {@link defaultMaxBodyBytes}. */
export const defaultBodyLimit = defaultMaxBodyBytes;

/**
 * Where and how {@link startHttpServer} listens.
 *
 * @example
 * const options: HttpServerOptions = { port: 0, maxBodyBytes: 1024 * 1024 };
 */
export interface HttpServerOptions {
  /**
   * The address to listen on. Default (and `localhost`): both 127.0.0.1 and ::1 on the same port,
   * so clients that resolve `localhost` to either reach the server.
   */
  readonly host?: string;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Larger request bodies are answered with 413 (default {@link defaultMaxBodyBytes}). */
  readonly maxBodyBytes?: number;
  /** @deprecated Use `maxBodyBytes`; still read when `maxBodyBytes` is not given. */
  readonly bodyLimit?: number;
  /** A request not fully received within this time is answered with 408 (default 30 000). */
  readonly requestTimeoutMs?: number;
  /**
   * A request head (line and headers) not received within this time is answered with 408 and its
   * connection closed, within about a second more (default 30 000, at most `requestTimeoutMs`).
   */
  readonly headersTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this time (default 5000). */
  readonly keepAliveTimeoutMs?: number;
  /**
   * Connections open at once, per listening address; more are closed as they arrive (default
   * {@link defaultMaxConnections}).
   */
  readonly maxConnections?: number;
}

/**
 * The default cap on open connections per listening address: 1024.
 *
 * @example
 * await startHttpServer(handler, { maxConnections: 4 * defaultMaxConnections });
 */
export const defaultMaxConnections = 1024;

/**
 * A listening server: a {@link StartedServer} whose `url` is `http://127.0.0.1:PORT` by default, else
 * `http://HOST:PORT` (IPv6 hosts in brackets), and whose `close()` stops listening and drops open
 * connections.
 *
 * @example
 * await using server = await startHttpServer(handler);
 * await fetch(`${server.url}/health`);
 */
export interface HttpServerHandle extends StartedServer {
  /** The addresses actually listened on. */
  readonly hosts: readonly string[];
}

/**
 * Serves a fetch-style handler over node:http.
 *
 * @throws SeamError `usage` when a timeout or `maxConnections` is not a positive integer; `io` when
 *   the port cannot be listened on.
 * @example
 * await using server = await startHttpServer(async (request) => Response.json({ path: new URL(request.url).pathname }));
 * const response = await fetch(`${server.url}/orders`); // also reachable on http://[::1]:PORT
 */
export async function startHttpServer(
  handler: FetchHandler,
  options: HttpServerOptions = {},
): Promise<HttpServerHandle> {
  const listener = createNodeListener(
    handler,
    options.maxBodyBytes ?? options.bodyLimit ?? defaultMaxBodyBytes,
  );
  const { maxConnections, ...timeouts } = serverLimits(options);
  const create = () => {
    const server = createServer(timeouts, listener);
    server.maxConnections = maxConnections;
    return server;
  };
  const hosts = hostsFor(options.host);
  const servers = await listenOnHosts(create, hosts, options.port ?? 0).catch((cause: unknown) => {
    const where = `${hosts.join(' and ')} port ${options.port ?? 0}`;
    throw new SeamError('io', `cannot listen on ${where}: ${errorMessage(cause)}`, { cause });
  });
  const port = portOf(servers);
  const close = () => closeServers(servers);
  return {
    url: `http://${urlHost(hosts[0] ?? '127.0.0.1')}:${port}`,
    port,
    hosts: servers.map((server) => (server.address() as { address: string }).address),
    close,
    [Symbol.asyncDispose]: close,
  };
}

function serverLimits(options: HttpServerOptions) {
  const requestTimeout = positive(options.requestTimeoutMs, 30_000, 'requestTimeoutMs');
  const headersTimeout = Math.min(
    positive(options.headersTimeoutMs, 30_000, 'headersTimeoutMs'),
    requestTimeout,
  );
  return {
    requestTimeout,
    headersTimeout,
    keepAliveTimeout: positive(options.keepAliveTimeoutMs, 5000, 'keepAliveTimeoutMs'),
    // node:http looks for expired requests this often (its default, 30 s, let a slow client hold a
    // connection for up to a minute against a 30 s timeout); checking is cheap.
    connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(headersTimeout / 4))),
    maxConnections: positive(options.maxConnections, defaultMaxConnections, 'maxConnections'),
  };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0)
    throw new SeamError('usage', `${name} must be a positive whole number, got ${value}`);
  return value;
}

function hostsFor(host: string | undefined): readonly string[] {
  return host === undefined || host === 'localhost' ? loopbackHosts : [host];
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
