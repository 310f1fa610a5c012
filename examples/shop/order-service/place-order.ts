/** Placing an order: reserve stock, take payment, release the stock if payment is declined. */
import { HttpError } from '../shared/http-json.ts';
import type { InventoryClient, OrderLine } from './inventory-client.ts';
import type { Order, OrderStore } from './order-store.ts';
import type { PaymentClient } from './payment-client.ts';

/**
 * The collaborators of {@link placeOrder}.
 *
 * @example
 * const deps: PlaceOrderDeps = { store, payments, inventory, newId: () => randomUUID() };
 */
export interface PlaceOrderDeps {
  readonly store: OrderStore;
  readonly payments: PaymentClient;
  readonly inventory: InventoryClient;
  readonly newId: () => string;
}

/**
 * Places an order. Out of stock is a 409 `OUT_OF_STOCK`; a declined payment releases the
 * reservation and is a 402 `PAYMENT_DECLINED` with the provider's reason. The order is kept in
 * the store either way.
 *
 * @example
 * const order = await placeOrder(deps, { accountId: 'acc-1', amount: 25.5, items: [{ sku: 'SKU-1', quantity: 2 }] });
 */
export async function placeOrder(
  deps: PlaceOrderDeps,
  request: { accountId: string; amount: number; items: readonly OrderLine[] },
): Promise<Order> {
  const order: Order = { orderId: `order-${deps.newId()}`, ...request, status: 'PENDING' };
  deps.store.orders.set(order.orderId, order);
  const reserved = await deps.inventory.reserve(order.orderId, order.items);
  if (!reserved.ok) {
    reject(order, reserved.code);
    throw new HttpError(409, reserved.code, `Could not reserve stock (${reserved.code})`, {
      sku: reserved.sku,
    });
  }
  const { reservationId, expiresAt } = reserved.reservation;
  order.reservation = { reservationId, expiresAt: expiresAt.toISOString(), status: 'reserved' };
  const paid = await deps.payments.pay({
    orderId: order.orderId,
    accountId: order.accountId,
    amount: order.amount,
  });
  if (!paid.ok) {
    await deps.inventory.release(reservationId);
    order.reservation.status = 'released';
    reject(order, paid.code);
    throw new HttpError(402, 'PAYMENT_DECLINED', `Payment declined: ${paid.message}`, { reason: paid.code });
  }
  order.payment = { paymentId: paid.payment.paymentId, fees: paid.payment.fees };
  order.status = 'CONFIRMED';
  return order;
}

function reject(order: Order, reason: string): void {
  order.status = 'REJECTED';
  order.rejection = reason;
}
