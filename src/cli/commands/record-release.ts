/**
 * `seam record-release --pacticipant P --version V --environment E --broker-url URL`: records
 * that the version is released to the environment (and supported there). Exit 0 recorded, 1
 * refused, 2 usage error.
 */
import { recordInEnvironment } from '../../broker/client/deployments.ts';
import type { CommandIo } from '../command.ts';
import { runBrokerCommand } from './broker-connection.ts';

const usage =
  'Usage: seam record-release --pacticipant P --version V --environment E --broker-url URL [--broker-token T]\n';

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
