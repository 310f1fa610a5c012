/**
 * `seam record-support-ended --pacticipant P --version V --environment E --broker-url URL`:
 * records that a released version is no longer supported in the environment. Exit 0 recorded, 1
 * refused (unknown environment or version), 2 usage error.
 */
import { recordSupportEnded } from '../../broker/client/deployments.ts';
import type { CommandIo } from '../command.ts';
import { formatUsage } from '../usage.ts';
import { brokerOptionsHelp, runBrokerCommand } from './broker-connection.ts';

/** The text `seam record-support-ended --help` prints. */
export const usage = formatUsage(
  'seam record-support-ended --pacticipant P --version V --environment E --broker-url URL [options]',
  [
    ['--pacticipant P', 'the application'],
    ['--version V', 'the released version no longer supported'],
    ['--environment E', 'the environment it was released to'],
    ...brokerOptionsHelp,
  ],
);

/** Runs `seam record-support-ended` with the arguments after `record-support-ended`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const spec = {
    pacticipant: { type: 'string' },
    version: { type: 'string' },
    environment: { type: 'string' },
  } as const;
  const required = ['pacticipant', 'version', 'environment'];
  return runBrokerCommand(
    'record-support-ended',
    usage,
    args,
    io,
    spec,
    required,
    async (values, connection) => {
      const target = {
        pacticipant: values.pacticipant as string,
        version: values.version as string,
        environment: values.environment as string,
      };
      await recordSupportEnded(connection, target);
      io.out(`recorded support ended for ${target.pacticipant} ${target.version} in ${target.environment}\n`);
      return 0;
    },
  );
}
