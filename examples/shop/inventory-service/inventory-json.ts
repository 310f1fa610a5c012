/** How inventory-service writes reservations and stock lines (and how `changed-type` breaks them). */
import type { BreakMode } from '../shared/break-mode.ts';
import type { Reservation, StockLine } from './inventory-store.ts';

/**
 * The JSON of stock lines. With `changed-type`, `quantity` is sent as a string (`"2"`), a type
 * change that breaks consumers expecting an integer.
 *
 * @example
 * linesJson([{ sku: 'SKU-1', quantity: 2 }], 'changed-type'); // [{ sku: 'SKU-1', quantity: '2' }]
 */
export function linesJson(lines: readonly StockLine[], breaking: BreakMode): Record<string, unknown>[] {
  return lines.map((line) =>
    breaking === 'changed-type' ? { sku: line.sku, quantity: String(line.quantity) } : { ...line },
  );
}

/**
 * The JSON of a reservation.
 *
 * @example
 * reservationJson(reservation, 'none'); // { reservationId, orderId, items, expiresAt }
 */
export function reservationJson(reservation: Reservation, breaking: BreakMode): Record<string, unknown> {
  return {
    reservationId: reservation.reservationId,
    orderId: reservation.orderId,
    items: linesJson(reservation.items, breaking),
    expiresAt: reservation.expiresAt,
  };
}
