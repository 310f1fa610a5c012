/**
 * A small order provider for the verifier tests, on node:http and port 0, with switches that make
 * it break the contract, and a pact (V4) it honours.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OrderProvider {
  readonly url: string;
  readonly orders: Map<string, { id: string; total: number }>;
  /** Bodies POSTed to /_pact/state. */
  readonly stateCalls: unknown[];
  /** Requests received (method and path), in order. */
  readonly seen: string[];
  broken: boolean;
  close(): Promise<void>;
}

function reply(response: http.ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function startOrderProvider(): Promise<OrderProvider> {
  const provider: Omit<OrderProvider, 'url' | 'close'> = {
    orders: new Map(),
    stateCalls: [],
    seen: [],
    broken: false,
  };
  const server = http.createServer(async (request, response) => {
    const body = await readJson(request);
    provider.seen.push(`${request.method} ${request.url}`);
    if (request.url === '/_pact/state') {
      provider.stateCalls.push(body);
      const params = (body as { params?: { id?: string } }).params ?? {};
      if (params.id !== undefined) provider.orders.set(params.id, { id: params.id, total: 5.5 });
      return reply(response, 200, params.id === undefined ? {} : { id: params.id });
    }
    if (request.method === 'GET' && request.url?.split('?')[0] === '/health')
      return reply(response, 200, { status: 'UP' });
    const match = /^\/orders\/([^/?]+)$/.exec(request.url ?? '');
    if (request.method === 'GET' && match) {
      const order = provider.orders.get(decodeURIComponent(match[1] ?? ''));
      if (order === undefined) return reply(response, 404, { error: 'not found' });
      return reply(
        response,
        200,
        provider.broken ? { id: order.id, total: String(order.total) } : { ...order, items: [] },
      );
    }
    if (request.method === 'POST' && request.url === '/orders') {
      return reply(response, provider.broken ? 200 : 201, provider.broken ? {} : { id: 'new', total: 1.25 });
    }
    reply(response, 404);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return Object.assign(provider, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

const json = (content: unknown) => ({ contentType: 'application/json', encoded: false, content });
const jsonHeaders = { 'Content-Type': ['application/json'] };

function getOrder(description: string, state: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'Synchronous/HTTP',
    description,
    providerStates: [{ name: state, params: { id: '42' } }],
    request: {
      method: 'GET',
      path: '/orders/1',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a Pact provider-state expression.
      generators: { path: { type: 'ProviderState', expression: '/orders/${id}' } },
    },
    response: {
      status: 200,
      headers: jsonHeaders,
      body: json({ id: '42', total: 5.5, items: [] }),
      matchingRules: { body: { '$.total': { combine: 'AND', matchers: [{ match: 'decimal' }] } } },
    },
    ...extra,
  };
}

/** A V4 pact the provider honours (when not broken). */
export function ordersPact(extraInteractions: readonly unknown[] = []): unknown {
  return {
    consumer: { name: 'web' },
    provider: { name: 'orders' },
    interactions: [
      {
        type: 'Synchronous/HTTP',
        description: 'a health check',
        request: { method: 'GET', path: '/health' },
        response: { status: 200, body: json({ status: 'UP' }) },
      },
      getOrder('get an order', 'an order exists'),
      {
        type: 'Synchronous/HTTP',
        description: 'create an order',
        request: { method: 'POST', path: '/orders', headers: jsonHeaders, body: json({ total: 1.25 }) },
        response: {
          status: 201,
          body: json({ id: 'x', total: 1.25 }),
          matchingRules: { body: { '$.id': { combine: 'AND', matchers: [{ match: 'type' }] } } },
        },
      },
      ...extraInteractions,
    ],
    metadata: { pactSpecification: { version: '4.0' } },
  };
}

export { getOrder };
