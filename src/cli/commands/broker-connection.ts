/** The `--broker-url` and `--broker-token` options shared by the broker commands, and their running. */
import { parseArgs } from 'node:util';
import type { BrokerConnection } from '../../broker/client/deployments.ts';
import { isSeamError } from '../../core/errors.ts';
import type { CommandIo } from '../command.ts';

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

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
  action: (
    values: Record<string, string | boolean | string[] | undefined>,
    connection: BrokerConnection,
  ) => Promise<number>,
): Promise<number> {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    const options = {
      ...spec,
      'broker-url': { type: 'string' },
      'broker-token': { type: 'string' },
    } as const;
    values = parseArgs({ args: [...args], options }).values as typeof values;
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const brokerUrl = (values['broker-url'] as string | undefined) ?? process.env.PACT_BROKER_BASE_URL;
  const missing = required.filter((option) => values[option] === undefined).map((option) => `--${option}`);
  if (brokerUrl === undefined) missing.push('--broker-url (or PACT_BROKER_BASE_URL)');
  if (missing.length > 0 || brokerUrl === undefined) {
    io.err(`Missing ${missing.join(', ')}.\n${usage}`);
    return 2;
  }
  const token = (values['broker-token'] as string | undefined) ?? process.env.PACT_BROKER_TOKEN;
  try {
    return await action(values, { brokerUrl, ...(token === undefined ? {} : { token }) });
  } catch (error) {
    if (!isSeamError(error)) throw error;
    io.err(`seam ${name}: ${error.message}\n`);
    return 1;
  }
}
