/**
 * The broker options shared by the broker client commands (`--broker-url`, `--broker-token`,
 * `--broker-username`, `--broker-password`, over the Pact CLI's `PACT_BROKER_*` environment
 * variables), and their running.
 */
import type { BrokerConnection } from '../../broker/index.ts';
import { isSeamError } from '../../core/index.ts';
import type { CommandIo } from '../command.ts';
import { httpUrlProblem } from '../http-url.ts';
import { parseOptions } from '../parse-options.ts';
import type { OptionHelp } from '../usage.ts';

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
type Values = Record<string, string | boolean | string[] | undefined>;

/** The `--help` lines of the broker options, for each broker command's usage. */
export const brokerOptionsHelp: readonly OptionHelp[] = [
  ['--broker-url URL', 'the Pact Broker (env PACT_BROKER_BASE_URL)'],
  ['--broker-token T', 'bearer token for the broker (env PACT_BROKER_TOKEN)'],
  ['--broker-username U', 'basic-auth username (env PACT_BROKER_USERNAME)'],
  ['--broker-password P', 'basic-auth password (env PACT_BROKER_PASSWORD)'],
];

const brokerSpec = {
  'broker-url': { type: 'string' },
  'broker-token': { type: 'string' },
  'broker-username': { type: 'string' },
  'broker-password': { type: 'string' },
} as const;

/**
 * Parses `args` with `spec` (plus the broker options), checks `required`, and runs `action` with
 * the values and the connection. Exit 2 for usage errors, 1 when the broker refuses or cannot be
 * reached, else what `action` returns.
 *
 * @example
 * return runBrokerCommand('record-release', usage, args, io, spec, ['pacticipant'], async (values, connection) => 0);
 */
export async function runBrokerCommand(
  name: string,
  usage: string,
  args: readonly string[],
  io: CommandIo,
  spec: Spec,
  required: readonly string[],
  action: (values: Values, connection: BrokerConnection) => Promise<number>,
): Promise<number> {
  let values: Values;
  try {
    values = parseOptions({ args: [...args], options: { ...spec, ...brokerSpec } }).values as Values;
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const connection = brokerConnectionOf(values, process.env);
  const missing = required.filter((option) => values[option] === undefined).map((option) => `--${option}`);
  if (connection === undefined) missing.push('--broker-url (or PACT_BROKER_BASE_URL)');
  if (missing.length > 0 || connection === undefined) {
    io.err(`Missing ${missing.join(', ')}.\n${usage}`);
    return 2;
  }
  const urlProblem = httpUrlProblem('--broker-url', connection.brokerUrl);
  if (urlProblem !== undefined) {
    io.err(`seam ${name}: ${urlProblem}\n`);
    return 2;
  }
  try {
    return await action(values, connection);
  } catch (error) {
    if (!isSeamError(error)) throw error;
    io.err(`seam ${name}: ${error.message}\n`);
    return 1;
  }
}

/** The connection the flags give, each over its `PACT_BROKER_*` variable; undefined without a URL. */
function brokerConnectionOf(values: Values, env: NodeJS.ProcessEnv): BrokerConnection | undefined {
  const pick = (flag: string, variable: string) =>
    (values[flag] as string | undefined) ?? (env[variable] || undefined);
  const brokerUrl = pick('broker-url', 'PACT_BROKER_BASE_URL');
  if (brokerUrl === undefined) return undefined;
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
