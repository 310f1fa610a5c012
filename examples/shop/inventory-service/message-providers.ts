/**
 * inventory-service as a message producer, for seam's `verifyProvider`: each event is made by the
 * service's own code (reserve or release in the store, then the event builder), not written by hand.
 */
import type { MessageProvider } from '../../../src/contract/index.ts';
import type { BreakMode } from '../shared/break-mode.ts';
import { type InventoryStore, releaseReservation, reserveStock } from './inventory-store.ts';
import { buildStockReleased, buildStockReserved } from './stock-events.ts';

/**
 * Options of {@link createInventoryMessageProviders}.
 *
 * @example
 * const options: InventoryMessageOptions = { breaking: 'none', now: () => new Date() };
 */
export interface InventoryMessageOptions {
  readonly breaking: BreakMode;
  readonly now: () => Date;
}

/**
 * Message providers for `a StockReserved event` and `a StockReleased event`, over the store a
 * provider state seeded (`item SKU-1 is in stock`). State values `sku`, `orderId` and `quantity`
 * pick the reservation (defaults `SKU-1`, `order-1`, 2).
 *
 * @example
 * await verifyProvider({
 *   pactFiles,
 *   stateHandlers: createInventoryStateHandlers(store),
 *   messageProviders: createInventoryMessageProviders(store, { breaking: 'none', now: () => new Date() }),
 * });
 */
export function createInventoryMessageProviders(
  store: InventoryStore,
  options: InventoryMessageOptions,
): Record<string, MessageProvider> {
  const reserve = (states: Readonly<Record<string, unknown>>) => {
    const sku = typeof states.sku === 'string' ? states.sku : 'SKU-1';
    const orderId = typeof states.orderId === 'string' ? states.orderId : 'order-1';
    const quantity = typeof states.quantity === 'number' ? states.quantity : 2;
    return reserveStock(store, orderId, [{ sku, quantity }], options.now());
  };
  return {
    'a StockReserved event': ({ states }) =>
      buildStockReserved(reserve(states), options.now(), options.breaking),
    'a StockReleased event': ({ states }) => {
      const reservation = reserve(states);
      const released = releaseReservation(store, reservation.reservationId) ?? reservation;
      return buildStockReleased(released, 'cancelled', options.now(), options.breaking);
    },
  };
}
