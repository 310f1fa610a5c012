/**
 * How the broker client commands run: their options plus the broker's, the connection from
 * {@link resolveBrokerConnection}, the URL checked, and a SeamError from the broker turned into one
 * line and exit 1.
 */
import type { BrokerConnection } from '../broker/index.ts';
import { isSeamError } from '../core/index.ts';
import { brokerOptionSpec, resolveBrokerConnection } from './broker-connection.ts';
import type { CommandIo } from './command.ts';
import { httpUrlProblem } from './http-url.ts';
import { parseOptions } from './parse-options.ts';
import { readArguments } from './read-arguments.ts';

export { brokerOptionsHelp } from './broker-connection.ts';

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
type Values = Record<string, string | boolean | string[] | undefined>;

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
  const values = readArguments(
    io,
    usage,
    () => parseOptions({ args: [...args], options: { ...spec, ...brokerOptionSpec } }).values as Values,
  );
  if (values === undefined) return 2;
  const { brokerUrl, ...credentials } = resolveBrokerConnection(values, process.env);
  const missing = required.filter((option) => values[option] === undefined).map((option) => `--${option}`);
  if (brokerUrl === undefined) missing.push('--broker-url (or PACT_BROKER_BASE_URL)');
  if (missing.length > 0 || brokerUrl === undefined) {
    io.err(`Missing ${missing.join(', ')}.\n${usage}`);
    return 2;
  }
  const urlProblem = httpUrlProblem('--broker-url', brokerUrl);
  if (urlProblem !== undefined) {
    io.err(`seam ${name}: ${urlProblem}\n`);
    return 2;
  }
  try {
    return await action(values, { brokerUrl, ...credentials });
  } catch (error) {
    if (!isSeamError(error)) throw error;
    io.err(`seam ${name}: ${error.message}\n`);
    return 1;
  }
}
