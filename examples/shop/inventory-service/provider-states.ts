/** inventory-service's provider states, for seam's `verifyProvider`. */
import type { StateHandler } from '../../../src/contract/index.ts';
import type { InventoryStore } from './inventory-store.ts';

/**
 * State handlers that seed the store of a running inventory-service; each clears it on teardown.
 * `item SKU-1 is in stock` takes `sku` and `available` params (default `SKU-1`, 10);
 * `item SKU-2 is out of stock` takes `sku` (default `SKU-2`); `reservation res-1 exists` takes
 * `reservationId` (default `res-1`).
 *
 * @example
 * await verifyProvider({ providerBaseUrl: service.url, pactFiles, stateHandlers: createInventoryStateHandlers(service.store) });
 */
export function createInventoryStateHandlers(store: InventoryStore): Record<string, StateHandler> {
  const teardown = () => {
    store.stock.clear();
    store.reservations.clear();
  };
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  return {
    'item SKU-1 is in stock': {
      setup: (params) => {
        const sku = text(params.sku, 'SKU-1');
        store.stock.set(sku, typeof params.available === 'number' ? params.available : 10);
        return { sku };
      },
      teardown,
    },
    'item SKU-2 is out of stock': {
      setup: (params) => {
        const sku = text(params.sku, 'SKU-2');
        store.stock.set(sku, 0);
        return { sku };
      },
      teardown,
    },
    'reservation res-1 exists': {
      setup: (params) => {
        const reservationId = text(params.reservationId, 'res-1');
        store.reservations.set(reservationId, {
          reservationId,
          orderId: 'order-1',
          items: [{ sku: 'SKU-1', quantity: 2 }],
          expiresAt: new Date(Date.now() + 60_000).toISOString(),
          status: 'reserved',
        });
        return { reservationId };
      },
      teardown,
    },
  };
}
