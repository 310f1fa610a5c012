/** payment-service's provider states, for seam's `verifyProvider`. */
import type { StateHandler } from '../../../src/contract/index.ts';
import type { PaymentStore } from './payment-store.ts';

/** Balances the states seed: plenty, and too little for any order. */
const balances = { sufficient: 1000, insufficient: 10 } as const;

/**
 * State handlers that seed the store of a running payment-service. Each takes an optional
 * `accountId` param (default `acc-1` / `acc-2`) and clears the store on teardown.
 *
 * @example
 * await verifyProvider({ providerBaseUrl: service.url, pactFiles, stateHandlers: createPaymentStateHandlers(service.store) });
 */
export function createPaymentStateHandlers(store: PaymentStore): Record<string, StateHandler> {
  const account = (fallback: string, balance: number): StateHandler => ({
    setup: (params) => {
      const id = typeof params.accountId === 'string' ? params.accountId : fallback;
      store.accounts.set(id, { id, balance });
      return { accountId: id };
    },
    teardown: () => {
      store.accounts.clear();
      store.payments.clear();
    },
  });
  return {
    'an account with sufficient funds': account('acc-1', balances.sufficient),
    'an account with insufficient funds': account('acc-2', balances.insufficient),
  };
}
