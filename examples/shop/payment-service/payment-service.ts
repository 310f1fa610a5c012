/** payment-service: captures payments for orders, on node:http. */
import type { StateHandler } from '../../../src/contract/index.ts';
import { type BreakMode, resolveBreakMode } from '../shared/break-mode.ts';
import { type HttpServiceHandle, startHttpService } from '../shared/start-http-service.ts';
import { createPaymentHandler } from './payment-handler.ts';
import { createPaymentStore, type PaymentStore } from './payment-store.ts';
import { createPaymentStateHandlers } from './provider-states.ts';

/**
 * The API token payment-service accepts when none is configured.
 *
 * @example
 * fetch(url, { headers: { Authorization: `Bearer ${defaultPaymentToken}` } });
 */
export const defaultPaymentToken = 'shop-secret-token';

/**
 * Options of {@link startPaymentService}.
 *
 * @example
 * const options: PaymentServiceOptions = { port: 0, breaking: 'renamed-field' };
 */
export interface PaymentServiceOptions {
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default: `SHOP_BREAK`, else `none`. */
  readonly breaking?: BreakMode;
  /** Bearer tokens accepted; default `[defaultPaymentToken]`. */
  readonly apiTokens?: readonly string[];
  readonly now?: () => Date;
}

/**
 * A running payment-service.
 *
 * @example
 * await using payments = await startPaymentService();
 * payments.store.accounts.set('acc-1', { id: 'acc-1', balance: 100 });
 */
export interface PaymentServiceHandle extends HttpServiceHandle {
  readonly store: PaymentStore;
  readonly breaking: BreakMode;
  /** A token the service accepts. */
  readonly apiToken: string;
  /** Provider states that seed this instance's store. */
  readonly stateHandlers: Record<string, StateHandler>;
}

/**
 * Starts payment-service.
 *
 * @example
 * const payments = await startPaymentService({ port: 0 });
 * console.log(payments.url);
 * await payments.close();
 */
export async function startPaymentService(
  options: PaymentServiceOptions = {},
): Promise<PaymentServiceHandle> {
  const store = createPaymentStore();
  const breaking = resolveBreakMode(options.breaking);
  const tokens = options.apiTokens ?? [defaultPaymentToken];
  const handler = createPaymentHandler({
    store,
    tokens: new Set(tokens),
    breaking,
    now: options.now ?? (() => new Date()),
  });
  const service = await startHttpService(handler, options.port ?? 0);
  return {
    ...service,
    store,
    breaking,
    apiToken: tokens[0] ?? defaultPaymentToken,
    stateHandlers: createPaymentStateHandlers(store),
  };
}
