/**
 * A real orders provider for the pact-js-style provider suite: node:http on port 0, orders set up
 * by provider states, optional header requirements, and a mode that breaks the contract.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the provider demands and how it misbehaves. */
export interface OrderProviderOptions {
  /** Answers 401 unless the request has `Authorization: Bearer …`. */
  readonly requireAuth?: boolean;
  /** Answers 400 unless the request has `X-Tenant: acme`. */
  readonly requireTenant?: boolean;
  /** Sends the order id as a string. */
  readonly broken?: boolean;
}

/** A started provider. */
export interface OrderProvider {
  readonly url: string;
  addOrder(id: number): void;
  clear(): void;
  close(): Promise<void>;
}

/** Starts the provider on 127.0.0.1, any free port. */
export async function startOrderProvider(options: OrderProviderOptions = {}): Promise<OrderProvider> {
  const orders = new Set<number>();
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (options.requireAuth && !/^Bearer .+/.test(request.headers.authorization ?? ''))
      return send(401, { error: 'unauthorised' });
    if (options.requireTenant && request.headers['x-tenant'] !== 'acme')
      return send(400, { error: 'no tenant' });
    const id = Number(/^\/orders\/(\d+)$/.exec(request.url ?? '')?.[1] ?? Number.NaN);
    if (request.method !== 'GET' || !orders.has(id)) return send(404, { error: `no order ${id}` });
    send(200, { id: options.broken ? String(id) : id, status: 'PAID' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    addOrder: (id) => orders.add(id),
    clear: () => orders.clear(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A URL on 127.0.0.1 where nothing listens: a port taken and released. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
