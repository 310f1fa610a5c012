/**
 * `seam record-deployment --pacticipant P --version V --environment E --broker-url URL
 * [--application-instance I]`: records that the version is deployed to the environment (the
 * version previously deployed there is undeployed). Exit 0 recorded, 1 refused, 2 usage error.
 */
import { recordInEnvironment } from '../../broker/client/deployments.ts';
import type { CommandIo } from '../command.ts';
import { formatUsage } from '../usage.ts';
import { brokerOptionsHelp, runBrokerCommand } from './broker-connection.ts';

/** The text `seam record-deployment --help` prints. */
export const usage = formatUsage(
  'seam record-deployment --pacticipant P --version V --environment E --broker-url URL [options]',
  [
    ['--pacticipant P', 'the application deployed'],
    ['--version V', 'its version'],
    ['--environment E', 'the environment it is deployed to'],
    ['--application-instance I', 'which instance, when several run side by side'],
    ...brokerOptionsHelp,
  ],
);

/** Runs `seam record-deployment` with the arguments after `record-deployment`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const spec = {
    pacticipant: { type: 'string' },
    version: { type: 'string' },
    environment: { type: 'string' },
    'application-instance': { type: 'string' },
  } as const;
  const required = ['pacticipant', 'version', 'environment'];
  return runBrokerCommand(
    'record-deployment',
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
      await recordInEnvironment(connection, 'deployed', target);
      io.out(`recorded deployment of ${target.pacticipant} ${target.version} to ${target.environment}\n`);
      return 0;
    },
  );
}
