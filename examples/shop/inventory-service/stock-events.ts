/** The events inventory-service publishes when stock is reserved or released. */
import type { BreakMode } from '../shared/break-mode.ts';
import { linesJson } from './inventory-json.ts';
import type { Reservation } from './inventory-store.ts';

/**
 * The topic stock events go to.
 *
 * @example
 * publish({ ...event, metadata: { topic: stockEventsTopic } });
 */
export const stockEventsTopic = 'inventory.stock';

/**
 * Why stock was released.
 *
 * @example
 * const reason: ReleaseReason = 'cancelled';
 */
export type ReleaseReason = 'cancelled' | 'expired';

/**
 * A published event: JSON contents and metadata (content type, topic).
 *
 * @example
 * const event: StockEventMessage = buildStockReserved(reservation, new Date(), 'none');
 */
export interface StockEventMessage {
  readonly contents: Readonly<Record<string, unknown>>;
  readonly metadata: Readonly<Record<string, unknown>>;
}

const metadata = { contentType: 'application/json', topic: stockEventsTopic } as const;

/**
 * The `StockReserved` event of a reservation.
 *
 * @example
 * buildStockReserved(reservation, new Date(), 'none').contents.type; // 'StockReserved'
 */
export function buildStockReserved(
  reservation: Reservation,
  now: Date,
  breaking: BreakMode,
): StockEventMessage {
  return {
    contents: {
      type: 'StockReserved',
      reservationId: reservation.reservationId,
      orderId: reservation.orderId,
      items: linesJson(reservation.items, breaking),
      expiresAt: reservation.expiresAt,
      occurredAt: now.toISOString(),
    },
    metadata,
  };
}

/**
 * The `StockReleased` event of a reservation.
 *
 * @example
 * buildStockReleased(reservation, 'cancelled', new Date(), 'none').contents.reason; // 'cancelled'
 */
export function buildStockReleased(
  reservation: Reservation,
  reason: ReleaseReason,
  now: Date,
  breaking: BreakMode,
): StockEventMessage {
  return {
    contents: {
      type: 'StockReleased',
      reservationId: reservation.reservationId,
      orderId: reservation.orderId,
      items: linesJson(reservation.items, breaking),
      reason,
      occurredAt: now.toISOString(),
    },
    metadata,
  };
}

/**
 * Where inventory-service sends its events (an in-process bus, an HTTP webhook, a broker client).
 *
 * @example
 * const publish: StockEventPublisher = async (event) => { outbox.push(event); };
 */
export type StockEventPublisher = (event: StockEventMessage) => Promise<void>;

/**
 * A publisher that POSTs each event's contents as JSON to `url` (order-service's
 * `POST /events/stock`), with the topic in `X-Topic`.
 *
 * @example
 * await startInventoryService({ publish: createHttpPublisher('http://127.0.0.1:4000/events/stock') });
 */
export function createHttpPublisher(url: string, timeoutMs = 2000): StockEventPublisher {
  return async (event) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Topic': String(event.metadata.topic) },
      body: JSON.stringify(event.contents),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`POST ${url} answered ${response.status}`);
  };
}
