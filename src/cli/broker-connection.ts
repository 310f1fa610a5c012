/**
 * The one resolver of a broker connection for every command that talks to a Pact Broker: each of
 * `--broker-url`, `--broker-token`, `--broker-username`, `--broker-password` over its
 * `PACT_BROKER_*` environment variable, as the Pact CLI reads them (an empty variable is unset).
 */
import type { BrokerConnection } from '../broker/index.ts';
import type { OptionHelp } from './usage.ts';

/** The `parseOptions` spec of the broker options. */
export const brokerOptionSpec = {
  'broker-url': { type: 'string' },
  'broker-token': { type: 'string' },
  'broker-username': { type: 'string' },
  'broker-password': { type: 'string' },
} as const;

/** The `--help` lines of the broker options, for each broker command's usage. */
export const brokerOptionsHelp: readonly OptionHelp[] = [
  ['--broker-url URL', 'the Pact Broker (env PACT_BROKER_BASE_URL)'],
  ['--broker-token T', 'bearer token for the broker (env PACT_BROKER_TOKEN)'],
  ['--broker-username U', 'basic-auth username (env PACT_BROKER_USERNAME)'],
  ['--broker-password P', 'basic-auth password (env PACT_BROKER_PASSWORD)'],
];

/** A broker connection as the flags and environment give it: the URL may be missing. */
export type ResolvedBrokerConnection = Omit<BrokerConnection, 'brokerUrl'> & {
  readonly brokerUrl: string | undefined;
};

/** Whether `PACT_BROKER_BASE_URL` may stand in for `--broker-url` (default yes). */
export interface ResolveBrokerConnectionOptions {
  readonly urlFromEnv?: boolean;
}

/**
 * The connection `values` (parsed broker options) give, each over its `PACT_BROKER_*` variable in
 * `env`; fields that neither gives are absent, `brokerUrl` is then undefined.
 *
 * @example
 * resolveBrokerConnection({ 'broker-url': 'http://localhost:9292' }, { PACT_BROKER_TOKEN: 't' });
 * // { brokerUrl: 'http://localhost:9292', token: 't' }
 */
export function resolveBrokerConnection(
  values: { readonly [flag: string]: unknown },
  env: NodeJS.ProcessEnv,
  options: ResolveBrokerConnectionOptions = {},
): ResolvedBrokerConnection {
  const pick = (flag: string, variable: string | undefined) =>
    (values[flag] as string | undefined) ?? ((variable && env[variable]) || undefined);
  const brokerUrl = pick('broker-url', options.urlFromEnv === false ? undefined : 'PACT_BROKER_BASE_URL');
  const token = pick('broker-token', 'PACT_BROKER_TOKEN');
  const username = pick('broker-username', 'PACT_BROKER_USERNAME');
  const password = pick('broker-password', 'PACT_BROKER_PASSWORD');
  return {
    brokerUrl,
    ...(token === undefined ? {} : { token }),
    ...(username === undefined ? {} : { username }),
    ...(password === undefined ? {} : { password }),
  };
}
