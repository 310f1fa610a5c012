/** order-service's client for inventory-service. */
import { callUpstream, errorOf, field, UpstreamError } from './call-upstream.ts';

/**
 * Where inventory-service is.
 *
 * @example
 * const options: InventoryClientOptions = { baseUrl: 'http://127.0.0.1:4002', timeoutMs: 1000 };
 */
export interface InventoryClientOptions {
  readonly baseUrl: string;
  /** Default 2000 ms. */
  readonly timeoutMs?: number;
}

/**
 * A line of an order.
 *
 * @example
 * const line: OrderLine = { sku: 'SKU-1', quantity: 2 };
 */
export interface OrderLine {
  readonly sku: string;
  readonly quantity: number;
}

/**
 * A reservation, as order-service reads it.
 *
 * @example
 * reservation.expiresAt.getTime() > Date.now();
 */
export interface ReservationView {
  readonly reservationId: string;
  readonly items: readonly OrderLine[];
  readonly expiresAt: Date;
}

/**
 * The outcome of a reservation: held, or refused with the provider's error code (and SKU).
 *
 * @example
 * if (!result.ok && result.code === 'OUT_OF_STOCK') tell(`${result.sku} sold out`);
 */
export type ReservationResult =
  | { readonly ok: true; readonly reservation: ReservationView }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly sku?: string };

/**
 * An inventory-service client.
 *
 * @example
 * const result = await inventory.reserve('order-1', [{ sku: 'SKU-1', quantity: 2 }]);
 */
export interface InventoryClient {
  reserve(orderId: string, items: readonly OrderLine[]): Promise<ReservationResult>;
  release(reservationId: string): Promise<void>;
}

/**
 * A client for `POST /reservations` and `DELETE /reservations/:id`.
 *
 * @example
 * const inventory = createInventoryClient({ baseUrl: 'http://127.0.0.1:4002' });
 */
export function createInventoryClient(options: InventoryClientOptions): InventoryClient {
  const timeout = options.timeoutMs ?? 2000;
  return {
    async reserve(orderId, items) {
      const url = `${options.baseUrl}/reservations`;
      const init = { method: 'POST', headers: { 'Content-Type': 'application/json' } };
      const { status, body } = await callUpstream(
        url,
        { ...init, body: JSON.stringify({ orderId, items }) },
        timeout,
      );
      if (status === 201) return { ok: true, reservation: readReservation(body) };
      if (status >= 400 && status < 500) {
        const { code, details } = errorOf(body);
        return typeof details.sku === 'string'
          ? { ok: false, status, code, sku: details.sku }
          : { ok: false, status, code };
      }
      throw new UpstreamError('UPSTREAM_INVALID', `POST ${url} answered ${status}`);
    },
    async release(reservationId) {
      const url = `${options.baseUrl}/reservations/${encodeURIComponent(reservationId)}`;
      const { status } = await callUpstream(url, { method: 'DELETE' }, timeout);
      if (status !== 204 && status !== 404)
        throw new UpstreamError('UPSTREAM_INVALID', `DELETE ${url} answered ${status}`);
    },
  };
}

function readReservation(body: unknown): ReservationView {
  const items = field<unknown[]>(body, 'items', 'object', 'reservation');
  const expiresAt = new Date(field<string>(body, 'expiresAt', 'string', 'reservation'));
  if (Number.isNaN(expiresAt.getTime()))
    throw new UpstreamError('UPSTREAM_INVALID', 'The reservation has a bad expiresAt');
  return {
    reservationId: field<string>(body, 'reservationId', 'string', 'reservation'),
    items: items.map((item) => ({
      sku: field<string>(item, 'sku', 'string', 'reservation item'),
      quantity: field<number>(item, 'quantity', 'number', 'reservation item'),
    })),
    expiresAt,
  };
}
