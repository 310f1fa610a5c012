/** How payment-service writes a payment on the wire (and how `renamed-field` breaks it). */
import type { BreakMode } from '../shared/break-mode.ts';
import type { Payment } from './payment-store.ts';

/**
 * The JSON of a payment. With `renamed-field`, `fees` is sent as `fee`: a rename that breaks
 * every consumer reading `fees`.
 *
 * @example
 * paymentJson(payment, 'none').fees; // 0.76
 */
export function paymentJson(payment: Payment, breaking: BreakMode): Record<string, unknown> {
  const { fees, accountId: _accountId, ...rest } = payment;
  return breaking === 'renamed-field' ? { ...rest, fee: fees } : { ...rest, fees };
}
