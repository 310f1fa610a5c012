/** Listening on node:http: the handle every shop service returns. */
import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendError } from './http-json.ts';

/**
 * A request handler; a throw is answered by {@link sendError}.
 *
 * @example
 * const handle: RouteHandler = async (request, response) => sendJson(response, 200, { ok: true });
 */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * A listening service.
 *
 * @example
 * await using service = await startHttpService(handler, 0);
 * await fetch(`${service.url}/health`);
 */
export interface HttpServiceHandle {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Listens on `port` (0: any free port) on 127.0.0.1 with `handler`.
 *
 * @example
 * const service = await startHttpService(async (_req, res) => res.end('ok'), 0);
 */
export async function startHttpService(
  handler: RouteHandler,
  port = 0,
  host = '127.0.0.1',
): Promise<HttpServiceHandle> {
  const server = http.createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, error);
      else response.destroy();
    });
  });
  server.listen(port, host);
  await once(server, 'listening');
  const actual = (server.address() as AddressInfo).port;
  const close = async (): Promise<void> => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url: `http://${host}:${actual}`, port: actual, close, [Symbol.asyncDispose]: close };
}
