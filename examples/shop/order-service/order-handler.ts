/** order-service's routes: `POST /orders`, `GET /orders/:id`, `POST /events/stock`, `GET /health`. */
import { randomUUID } from 'node:crypto';
import {
  asObject,
  HttpError,
  readJson,
  requirePositive,
  requireString,
  sendJson,
} from '../shared/http-json.ts';
import type { RouteHandler } from '../shared/start-http-service.ts';
import { UpstreamError } from './call-upstream.ts';
import type { InventoryClient, OrderLine } from './inventory-client.ts';
import type { OrderStore } from './order-store.ts';
import type { PaymentClient } from './payment-client.ts';
import { placeOrder } from './place-order.ts';
import { handleStockEvent } from './stock-event-handler.ts';

/**
 * What the order routes need.
 *
 * @example
 * const options: OrderHandlerOptions = { store, payments, inventory };
 */
export interface OrderHandlerOptions {
  readonly store: OrderStore;
  readonly payments: PaymentClient;
  readonly inventory: InventoryClient;
}

/**
 * The order routes. A provider that times out or is down is a 504 / 502 with the upstream code.
 *
 * @example
 * const service = await startHttpService(createOrderHandler(options), 0);
 */
export function createOrderHandler(options: OrderHandlerOptions): RouteHandler {
  const deps = { ...options, newId: () => randomUUID() };
  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === '/health') return sendJson(response, 200, { status: 'UP' });
    if (request.method === 'POST' && path === '/orders') {
      const body = asObject(await readJson(request), 'the order');
      const order = await upstream(() =>
        placeOrder(deps, {
          accountId: requireString(body, 'accountId'),
          amount: requirePositive(body, 'amount'),
          items: readItems(body.items),
        }),
      );
      return sendJson(response, 201, order);
    }
    if (request.method === 'POST' && path === '/events/stock') {
      const contents = await readJson(request);
      try {
        return sendJson(response, 202, handleStockEvent(options.store, contents));
      } catch (error) {
        throw new HttpError(400, 'INVALID_EVENT', error instanceof Error ? error.message : String(error));
      }
    }
    const found = /^\/orders\/([^/]+)$/.exec(path);
    if (request.method === 'GET' && found?.[1] !== undefined) {
      const order = options.store.orders.get(decodeURIComponent(found[1]));
      if (order === undefined) throw new HttpError(404, 'ORDER_NOT_FOUND', `No order "${found[1]}"`);
      return sendJson(response, 200, order);
    }
    throw new HttpError(404, 'NOT_FOUND', `No route ${request.method} ${path}`);
  };
}

async function upstream<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    throw new HttpError(error.code === 'UPSTREAM_TIMEOUT' ? 504 : 502, error.code, error.message);
  }
}

function readItems(items: unknown): OrderLine[] {
  if (!Array.isArray(items) || items.length === 0)
    throw new HttpError(400, 'INVALID_FIELD', 'Field "items" must be a non-empty array', { field: 'items' });
  return items.map((item: unknown, index) => {
    const line = asObject(item, `items[${index}]`);
    const quantity = line.quantity;
    if (!Number.isInteger(quantity) || (quantity as number) < 1)
      throw new HttpError(400, 'INVALID_FIELD', `items[${index}].quantity must be a positive integer`);
    return { sku: requireString(line, 'sku'), quantity: quantity as number };
  });
}
