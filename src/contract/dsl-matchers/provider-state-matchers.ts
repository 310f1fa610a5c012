/** `fromProviderState`: a value the provider's state handler supplies at verification time. */
import type { ProviderStateMatcher } from './matcher.ts';

/**
 * A value taken from the provider state when the pact is verified (`${name}` expressions); the
 * consumer test and the mock server use the example.
 *
 * @example
 * fromProviderState('/orders/${orderId}', '/orders/1042');
 * // { 'pact:matcher:type': 'type', 'pact:generator:type': 'ProviderState', expression: '/orders/${orderId}', value: '/orders/1042' }
 */
export function fromProviderState<T>(expression: string, example: T): ProviderStateMatcher<T> {
  return { 'pact:matcher:type': 'type', 'pact:generator:type': 'ProviderState', expression, value: example };
}
