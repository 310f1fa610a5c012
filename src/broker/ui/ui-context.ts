/** What a UI page is given: the store, the path parameters and the query. */
import type { BrokerStore } from '../store/broker-store.ts';

/**
 * The inputs of a UI page.
 *
 * @example
 * const context: UiContext = { store, params: { name: 'order-service' }, query: new URLSearchParams() };
 */
export interface UiContext {
  readonly store: BrokerStore;
  readonly params?: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}
