/** payment-service's in-memory state: accounts with balances, and captured payments. */
import { randomUUID } from 'node:crypto';
import { HttpError } from '../shared/http-json.ts';

/**
 * An account that payments are drawn from.
 *
 * @example
 * const account: Account = { id: 'acc-1', balance: 1000 };
 */
export interface Account {
  readonly id: string;
  balance: number;
}

/**
 * A captured payment.
 *
 * @example
 * const fees = payment.fees; // 0.76 for 25.50
 */
export interface Payment {
  readonly paymentId: string;
  readonly orderId: string;
  readonly accountId: string;
  readonly amount: number;
  readonly fees: number;
  readonly status: 'CAPTURED';
  readonly createdAt: string;
}

/**
 * What payment-service keeps in memory.
 *
 * @example
 * const store = createPaymentStore();
 * store.accounts.set('acc-1', { id: 'acc-1', balance: 1000 });
 */
export interface PaymentStore {
  readonly accounts: Map<string, Account>;
  readonly payments: Map<string, Payment>;
}

/**
 * An empty store.
 *
 * @example
 * const store = createPaymentStore();
 */
export function createPaymentStore(): PaymentStore {
  return { accounts: new Map(), payments: new Map() };
}

/**
 * The fees for an amount: 2 % plus 0.25, in cents.
 *
 * @example
 * feesFor(25.5); // 0.76
 */
export function feesFor(amount: number): number {
  return Math.round(amount * 2 + 25) / 100;
}

/**
 * What a payment asks for.
 *
 * @example
 * const charge: Charge = { orderId: 'order-1', accountId: 'acc-1', amount: 25.5 };
 */
export interface Charge {
  readonly orderId: string;
  readonly accountId: string;
  readonly amount: number;
}

/**
 * Debits the account by the amount plus fees and records the payment. An unknown account is a 404
 * `ACCOUNT_NOT_FOUND`; a balance below amount plus fees is a 422 `INSUFFICIENT_FUNDS`.
 *
 * @example
 * const payment = capturePayment(store, { orderId: 'order-1', accountId: 'acc-1', amount: 25.5 }, new Date());
 */
export function capturePayment(store: PaymentStore, charge: Charge, now: Date): Payment {
  const account = store.accounts.get(charge.accountId);
  if (account === undefined)
    throw new HttpError(404, 'ACCOUNT_NOT_FOUND', `No account "${charge.accountId}"`, {
      accountId: charge.accountId,
    });
  const fees = feesFor(charge.amount);
  const total = Math.round((charge.amount + fees) * 100) / 100;
  if (account.balance < total)
    throw new HttpError(
      422,
      'INSUFFICIENT_FUNDS',
      `Account "${account.id}" has ${account.balance.toFixed(2)}, the payment needs ${total.toFixed(2)}`,
      { accountId: account.id },
    );
  account.balance = Math.round((account.balance - total) * 100) / 100;
  const payment: Payment = {
    paymentId: randomUUID(),
    ...charge,
    fees,
    status: 'CAPTURED',
    createdAt: now.toISOString(),
  };
  store.payments.set(payment.paymentId, payment);
  return payment;
}
