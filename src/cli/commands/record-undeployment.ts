/**
 * `seam record-undeployment --pacticipant P --version V --environment E --broker-url URL
 * [--application-instance I]`: records that the version is no longer deployed to the
 * environment. Exit 0 recorded, 1 refused (nothing of that version deployed there), 2 usage error.
 */
import { recordUndeployment } from '../../broker/client/deployments.ts';
import type { CommandIo } from '../command.ts';
import { formatUsage } from '../usage.ts';
import { brokerOptionsHelp, runBrokerCommand } from './broker-connection.ts';

/** The text `seam record-undeployment --help` prints. */
export const usage = formatUsage(
  'seam record-undeployment --pacticipant P --version V --environment E --broker-url URL [options]',
  [
    ['--pacticipant P', 'the application undeployed'],
    ['--version V', 'its version'],
    ['--environment E', 'the environment it is removed from'],
    ['--application-instance I', 'only this instance (default: every instance of the version)'],
    ...brokerOptionsHelp,
  ],
);

/** Runs `seam record-undeployment` with the arguments after `record-undeployment`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const spec = {
    pacticipant: { type: 'string' },
    version: { type: 'string' },
    environment: { type: 'string' },
    'application-instance': { type: 'string' },
  } as const;
  const required = ['pacticipant', 'version', 'environment'];
  return runBrokerCommand(
    'record-undeployment',
    usage,
    args,
    io,
    spec,
    required,
    async (values, connection) => {
      const instance = values['application-instance'] as string | undefined;
      const target = {
        pacticipant: values.pacticipant as string,
        version: values.version as string,
        environment: values.environment as string,
        ...(instance === undefined ? {} : { applicationInstance: instance }),
      };
      await recordUndeployment(connection, target);
      io.out(`recorded undeployment of ${target.pacticipant} ${target.version} from ${target.environment}\n`);
      return 0;
    },
  );
}
