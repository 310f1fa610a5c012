/**
 * `seam record-release --pacticipant P --version V --environment E --broker-url URL`: records
 * that the version is released to the environment (and supported there). Exit 0 recorded, 1
 * refused, 2 usage error.
 */
import { recordInEnvironment } from '../../broker/client/deployments.ts';
import type { CommandIo } from '../command.ts';
import { formatUsage } from '../usage.ts';
import { brokerOptionsHelp, runBrokerCommand } from './broker-connection.ts';

/** The text `seam record-release --help` prints. */
export const usage = formatUsage(
  'seam record-release --pacticipant P --version V --environment E --broker-url URL [options]',
  [
    ['--pacticipant P', 'the application released'],
    ['--version V', 'its version'],
    ['--environment E', 'the environment it is released to'],
    ...brokerOptionsHelp,
  ],
);

/** Runs `seam record-release` with the arguments after `record-release`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const spec = {
    pacticipant: { type: 'string' },
    version: { type: 'string' },
    environment: { type: 'string' },
  } as const;
  const required = ['pacticipant', 'version', 'environment'];
  return runBrokerCommand('record-release', usage, args, io, spec, required, async (values, connection) => {
    const target = {
      pacticipant: values.pacticipant as string,
      version: values.version as string,
      environment: values.environment as string,
    };
    await recordInEnvironment(connection, 'released', target);
    io.out(`recorded release of ${target.pacticipant} ${target.version} to ${target.environment}\n`);
    return 0;
  });
}
