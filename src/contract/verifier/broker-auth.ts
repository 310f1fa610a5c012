/** Credentials for pact URLs and the Pact Broker. */
import type { VerifyProviderOptions } from './verify-options.ts';

/**
 * The `Authorization` header for pact URLs and the broker: a bearer token, else basic auth.
 *
 * @example
 * authorization({ pactBrokerToken: 't' }); // { authorization: ['Bearer t'] }
 */
export function authorization(options: VerifyProviderOptions): Record<string, string[]> {
  if (options.pactBrokerToken !== undefined) return { authorization: [`Bearer ${options.pactBrokerToken}`] };
  if (options.pactBrokerUsername === undefined) return {};
  const pair = `${options.pactBrokerUsername}:${options.pactBrokerPassword ?? ''}`;
  return { authorization: [`Basic ${Buffer.from(pair).toString('base64')}`] };
}
