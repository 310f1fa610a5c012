/** order-service: places orders against payment-service and inventory-service, on node:http. */
import { type HttpServiceHandle, startHttpService } from '../shared/start-http-service.ts';
import { createInventoryClient } from './inventory-client.ts';
import { createOrderHandler } from './order-handler.ts';
import { createOrderStore, type OrderStore } from './order-store.ts';
import { createPaymentClient } from './payment-client.ts';

/**
 * Options of {@link startOrderService}.
 *
 * @example
 * const options: OrderServiceOptions = { paymentUrl: payments.url, inventoryUrl: inventory.url, paymentToken: payments.apiToken };
 */
export interface OrderServiceOptions {
  readonly paymentUrl: string;
  readonly inventoryUrl: string;
  /** The bearer token for payment-service. */
  readonly paymentToken: string;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Per provider call; default 2000 ms. */
  readonly timeoutMs?: number;
}

/**
 * A running order-service.
 *
 * @example
 * await using orders = await startOrderService(options);
 * await fetch(`${orders.url}/orders`, { method: 'POST', body: JSON.stringify(order) });
 */
export interface OrderServiceHandle extends HttpServiceHandle {
  readonly store: OrderStore;
}

/**
 * Starts order-service.
 *
 * @example
 * const orders = await startOrderService({ paymentUrl, inventoryUrl, paymentToken: 'shop-secret-token' });
 * await orders.close();
 */
export async function startOrderService(options: OrderServiceOptions): Promise<OrderServiceHandle> {
  const store = createOrderStore();
  const timeout = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  const handler = createOrderHandler({
    store,
    payments: createPaymentClient({ baseUrl: options.paymentUrl, token: options.paymentToken, ...timeout }),
    inventory: createInventoryClient({ baseUrl: options.inventoryUrl, ...timeout }),
  });
  return { ...(await startHttpService(handler, options.port ?? 0)), store };
}
