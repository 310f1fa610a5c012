/** inventory-service's routes: reservations, stock levels, health. */
import type { IncomingMessage } from 'node:http';
import type { BreakMode } from '../shared/break-mode.ts';
import { asObject, HttpError, readJson, requireString, sendJson } from '../shared/http-json.ts';
import type { RouteHandler } from '../shared/start-http-service.ts';
import { reservationJson } from './inventory-json.ts';
import { type InventoryStore, releaseReservation, reserveStock, type StockLine } from './inventory-store.ts';
import { buildStockReleased, buildStockReserved, type StockEventPublisher } from './stock-events.ts';

/**
 * What the inventory routes need.
 *
 * @example
 * const options: InventoryHandlerOptions = { store, breaking: 'none', now: () => new Date(), publish };
 */
export interface InventoryHandlerOptions {
  readonly store: InventoryStore;
  readonly breaking: BreakMode;
  readonly now: () => Date;
  readonly publish: StockEventPublisher;
}

/**
 * The routes: `POST /reservations` (201, or 409 `OUT_OF_STOCK`), `DELETE /reservations/:id`
 * (204), `GET /stock/:sku`, `GET /health`. Reserving and releasing publish `StockReserved` and
 * `StockReleased`.
 *
 * @example
 * const service = await startHttpService(createInventoryHandler(options), 0);
 */
export function createInventoryHandler(options: InventoryHandlerOptions): RouteHandler {
  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const [, resource, id] = path.split('/').map(decodeURIComponent);
    if (request.method === 'GET' && path === '/health') return sendJson(response, 200, { status: 'UP' });
    if (request.method === 'POST' && path === '/reservations') {
      const { orderId, items } = await readReservationRequest(request);
      const now = options.now();
      const reservation = reserveStock(options.store, orderId, items, now);
      await options.publish(buildStockReserved(reservation, now, options.breaking));
      return sendJson(response, 201, reservationJson(reservation, options.breaking));
    }
    if (request.method === 'DELETE' && resource === 'reservations' && id !== undefined) {
      const released = releaseReservation(options.store, id);
      if (released !== undefined)
        await options.publish(buildStockReleased(released, 'cancelled', options.now(), options.breaking));
      return sendJson(response, 204);
    }
    if (request.method === 'GET' && resource === 'stock' && id !== undefined)
      return sendJson(response, 200, { sku: id, available: options.store.stock.get(id) ?? 0 });
    throw new HttpError(404, 'NOT_FOUND', `No route ${request.method} ${path}`);
  };
}

async function readReservationRequest(
  request: IncomingMessage,
): Promise<{ orderId: string; items: StockLine[] }> {
  const body = asObject(await readJson(request), 'the reservation request');
  const orderId = requireString(body, 'orderId');
  if (!Array.isArray(body.items) || body.items.length === 0)
    throw new HttpError(400, 'INVALID_FIELD', 'Field "items" must be a non-empty array', { field: 'items' });
  const items = body.items.map((item: unknown, index: number) => {
    const line = asObject(item, `items[${index}]`);
    const quantity = line.quantity;
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1)
      throw new HttpError(400, 'INVALID_FIELD', `items[${index}].quantity must be a positive integer`, {
        field: `items[${index}].quantity`,
      });
    return { sku: requireString(line, 'sku'), quantity };
  });
  return { orderId, items };
}
