/** How the broker delivers webhooks: retries, time limits, the address guard. */
import { debuglog } from 'node:util';
import type { Clock } from '../../core/index.ts';
import type { AddressGuardOptions } from './address-guard.ts';

/**
 * Webhook delivery settings (`startBroker({ webhooks })`).
 *
 * @example
 * const options: WebhookOptions = { allowHosts: ['ci.internal', '10.0.0.0/8'], retryDelaysMs: [1000, 5000] };
 */
export interface WebhookOptions extends AddressGuardOptions {
  /**
   * Waits before each retry of a failed delivery; its length is the number of retries. Default the
   * Pact Broker's schedule: 10 s, 1 min, 2 min, 5 min, 10 min, 20 min (6 retries).
   */
  readonly retryDelaysMs?: readonly number[];
  /** Time limit of one delivery attempt (default 10 000 ms). */
  readonly timeoutMs?: number;
  /** How long closing the broker waits for deliveries in flight before abandoning them (default 5000 ms). */
  readonly shutdownGraceMs?: number;
  /** Where delivery messages go (default the `seam:broker` debug log, `NODE_DEBUG=seam:broker`). */
  readonly log?: (message: string) => void;
  /** The clock for attempt timestamps (default the system clock). */
  readonly clock?: Clock;
  /** @deprecated Use `clock`; still read when `clock` is not given. */
  readonly now?: Clock;
}

/**
 * The Pact Broker's default retry schedule, in milliseconds.
 *
 * @example
 * createWebhookDispatcher(store, { retryDelaysMs: defaultRetryDelaysMs.slice(0, 2) });
 */
export const defaultRetryDelaysMs: readonly number[] = [10_000, 60_000, 120_000, 300_000, 600_000, 1_200_000];

/**
 * The default time limit of one delivery attempt: 10 s.
 *
 * @example
 * createWebhookDispatcher(store, { timeoutMs: 2 * defaultWebhookTimeoutMs });
 */
export const defaultWebhookTimeoutMs = 10_000;

/**
 * How long closing waits for deliveries in flight by default: 5 s.
 *
 * @example
 * createWebhookDispatcher(store, { shutdownGraceMs: defaultShutdownGraceMs * 2 });
 */
export const defaultShutdownGraceMs = 5000;

const debug = debuglog('seam:broker');

/**
 * The default log: the namespaced debug logger.
 *
 * @example
 * const log = options.log ?? defaultWebhookLog;
 */
export function defaultWebhookLog(message: string): void {
  debug('%s', message);
}
