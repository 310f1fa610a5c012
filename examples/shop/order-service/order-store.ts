/** order-service's in-memory orders. */
import type { OrderLine } from './inventory-client.ts';

/**
 * An order and what its providers said about it.
 *
 * @example
 * if (order.status === 'CONFIRMED') ship(order);
 */
export interface Order {
  readonly orderId: string;
  readonly accountId: string;
  readonly amount: number;
  readonly items: readonly OrderLine[];
  status: 'PENDING' | 'CONFIRMED' | 'REJECTED';
  rejection?: string;
  reservation?: { reservationId: string; expiresAt: string; status: 'reserved' | 'released' };
  payment?: { paymentId: string; fees: number };
}

/**
 * Orders by id.
 *
 * @example
 * const store = createOrderStore();
 */
export interface OrderStore {
  readonly orders: Map<string, Order>;
}

/**
 * An empty store.
 *
 * @example
 * const store = createOrderStore();
 * store.orders.size; // 0
 */
export function createOrderStore(): OrderStore {
  return { orders: new Map() };
}
