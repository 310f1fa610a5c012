/** order-service as a consumer of inventory-service's `StockReserved` and `StockReleased` events. */
import type { OrderLine } from './inventory-client.ts';
import type { OrderStore } from './order-store.ts';

/**
 * A stock event, validated.
 *
 * @example
 * if (event.type === 'StockReleased') console.log(event.reason);
 */
export type StockEvent =
  | {
      readonly type: 'StockReserved';
      readonly reservationId: string;
      readonly orderId: string;
      readonly items: readonly OrderLine[];
      readonly expiresAt: string;
    }
  | {
      readonly type: 'StockReleased';
      readonly reservationId: string;
      readonly orderId: string;
      readonly items: readonly OrderLine[];
      readonly reason: string;
    };

/**
 * Validates an event's contents; a malformed event throws, naming the field.
 *
 * @example
 * parseStockEvent({ type: 'StockReleased', reservationId: 'res-1', orderId: 'order-1', items: [], reason: 'expired' });
 */
export function parseStockEvent(contents: unknown): StockEvent {
  const value = (typeof contents === 'object' && contents !== null ? contents : {}) as Record<
    string,
    unknown
  >;
  const text = (name: string): string => {
    if (typeof value[name] !== 'string') throw new TypeError(`Stock event: "${name}" must be a string`);
    return value[name];
  };
  const items = readLines(value.items);
  const common = { reservationId: text('reservationId'), orderId: text('orderId'), items };
  if (value.type === 'StockReserved') {
    const expiresAt = text('expiresAt');
    if (Number.isNaN(Date.parse(expiresAt)))
      throw new TypeError('Stock event: "expiresAt" is not a date-time');
    return { type: 'StockReserved', ...common, expiresAt };
  }
  if (value.type === 'StockReleased') return { type: 'StockReleased', ...common, reason: text('reason') };
  throw new TypeError(`Stock event: unknown type ${JSON.stringify(value.type)}`);
}

function readLines(items: unknown): OrderLine[] {
  if (!Array.isArray(items)) throw new TypeError('Stock event: "items" must be an array');
  return items.map((item: unknown, index) => {
    const line = (item ?? {}) as Record<string, unknown>;
    if (typeof line.sku !== 'string' || !Number.isInteger(line.quantity))
      throw new TypeError(`Stock event: items[${index}] needs a string sku and an integer quantity`);
    return { sku: line.sku, quantity: line.quantity as number };
  });
}

/**
 * What handling an event did: `applied` is false for an order this service does not know.
 *
 * @example
 * const outcome: StockEventOutcome = { applied: true, orderId: 'order-1' };
 */
export interface StockEventOutcome {
  readonly applied: boolean;
  readonly orderId: string;
}

/**
 * Applies a stock event to the order it names: `StockReserved` records the reservation and its
 * expiry, `StockReleased` marks it released (a confirmed order whose stock is released goes back
 * to `PENDING`).
 *
 * @example
 * handleStockEvent(store, message.contents);
 */
export function handleStockEvent(store: OrderStore, contents: unknown): StockEventOutcome {
  const event = parseStockEvent(contents);
  const order = store.orders.get(event.orderId);
  if (order === undefined) return { applied: false, orderId: event.orderId };
  if (event.type === 'StockReserved') {
    order.reservation = {
      reservationId: event.reservationId,
      expiresAt: event.expiresAt,
      status: 'reserved',
    };
  } else {
    const expiresAt = order.reservation?.expiresAt ?? '';
    order.reservation = { reservationId: event.reservationId, expiresAt, status: 'released' };
    if (order.status === 'CONFIRMED') order.status = 'PENDING';
  }
  return { applied: true, orderId: event.orderId };
}
