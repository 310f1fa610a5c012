/**
 * `seam create-environment --name N [--display-name D] [--production] --broker-url URL`: creates
 * an environment on the broker and prints its uuid. Exit 0 created, 1 refused (a taken name), 2
 * usage error.
 */
import { createEnvironment } from '../../broker/index.ts';
import { brokerOptionsHelp, runBrokerCommand } from '../broker-command.ts';
import type { CommandIo } from '../command.ts';
import { formatUsage } from '../usage.ts';

/** The text `seam create-environment --help` prints. */
export const usage = formatUsage('seam create-environment --name N --broker-url URL [options]', [
  ['--name N', "the environment's name (no spaces or slashes)"],
  ['--display-name D', 'a name for people (default: the name)'],
  ['--production', 'mark it as a production environment'],
  ...brokerOptionsHelp,
]);

/** Runs `seam create-environment` with the arguments after `create-environment`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const spec = {
    name: { type: 'string' },
    'display-name': { type: 'string' },
    production: { type: 'boolean' },
  } as const;
  return runBrokerCommand(
    'create-environment',
    usage,
    args,
    io,
    spec,
    ['name'],
    async (values, connection) => {
      const displayName = values['display-name'] as string | undefined;
      const name = values.name as string;
      const uuid = await createEnvironment(connection, {
        name,
        production: values.production === true,
        ...(displayName === undefined ? {} : { displayName }),
      });
      io.out(`created environment ${name} (${uuid})\n`);
      return 0;
    },
  );
}
