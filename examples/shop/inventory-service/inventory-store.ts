/** inventory-service's in-memory state: stock per SKU and reservations against it. */
import { randomUUID } from 'node:crypto';
import { HttpError } from '../shared/http-json.ts';

/**
 * A quantity of one SKU.
 *
 * @example
 * const line: StockLine = { sku: 'SKU-1', quantity: 2 };
 */
export interface StockLine {
  readonly sku: string;
  readonly quantity: number;
}

/**
 * Stock held for an order until it expires or is released.
 *
 * @example
 * reservation.expiresAt; // '2026-03-01T10:15:00.000Z'
 */
export interface Reservation {
  readonly reservationId: string;
  readonly orderId: string;
  readonly items: readonly StockLine[];
  readonly expiresAt: string;
  status: 'reserved' | 'released';
}

/**
 * What inventory-service keeps in memory: units available per SKU, reservations by id.
 *
 * @example
 * const store = createInventoryStore();
 * store.stock.set('SKU-1', 10);
 */
export interface InventoryStore {
  readonly stock: Map<string, number>;
  readonly reservations: Map<string, Reservation>;
}

/**
 * An empty store.
 *
 * @example
 * const store = createInventoryStore();
 */
export function createInventoryStore(): InventoryStore {
  return { stock: new Map(), reservations: new Map() };
}

/**
 * How long a reservation holds stock: 15 minutes.
 *
 * @example
 * new Date(Date.now() + reservationTtlMs).toISOString();
 */
export const reservationTtlMs = 15 * 60_000;

/**
 * Takes the lines out of stock, all or nothing, and records a reservation that expires after
 * {@link reservationTtlMs}. A line with too little stock is a 409 `OUT_OF_STOCK` naming the SKU.
 *
 * @example
 * const reservation = reserveStock(store, 'order-1', [{ sku: 'SKU-1', quantity: 2 }], new Date());
 */
export function reserveStock(
  store: InventoryStore,
  orderId: string,
  items: readonly StockLine[],
  now: Date,
): Reservation {
  for (const line of items) {
    const available = store.stock.get(line.sku) ?? 0;
    if (available < line.quantity)
      throw new HttpError(
        409,
        'OUT_OF_STOCK',
        `Only ${available} of ${line.sku} left, ${line.quantity} asked`,
        {
          sku: line.sku,
          available,
        },
      );
  }
  for (const line of items) store.stock.set(line.sku, (store.stock.get(line.sku) ?? 0) - line.quantity);
  const reservation: Reservation = {
    reservationId: `res-${randomUUID()}`,
    orderId,
    items: items.map((line) => ({ ...line })),
    expiresAt: new Date(now.getTime() + reservationTtlMs).toISOString(),
    status: 'reserved',
  };
  store.reservations.set(reservation.reservationId, reservation);
  return reservation;
}

/**
 * Puts a reservation's stock back. Unknown ids are a 404 `RESERVATION_NOT_FOUND`; releasing twice
 * returns `undefined` the second time (nothing changed).
 *
 * @example
 * releaseReservation(store, reservation.reservationId);
 */
export function releaseReservation(store: InventoryStore, reservationId: string): Reservation | undefined {
  const reservation = store.reservations.get(reservationId);
  if (reservation === undefined)
    throw new HttpError(404, 'RESERVATION_NOT_FOUND', `No reservation "${reservationId}"`, { reservationId });
  if (reservation.status === 'released') return undefined;
  for (const line of reservation.items)
    store.stock.set(line.sku, (store.stock.get(line.sku) ?? 0) + line.quantity);
  reservation.status = 'released';
  return reservation;
}
