/**
 * What `seam record-deployment`, `record-undeployment`, `record-release` and `record-support-ended`
 * share: the same flags (a pacticipant version and an environment, plus the broker's), one client
 * call, and a line saying what was recorded.
 */
import type { BrokerConnection } from '../../broker/index.ts';
import { brokerOptionsHelp, runBrokerCommand } from '../broker-command.ts';
import type { CommandIo } from '../command.ts';
import { formatUsage, type OptionHelp } from '../usage.ts';

const stringFlag = { type: 'string' } as const;

/** A version of a pacticipant in an environment (one application instance, when given). */
export interface EnvironmentTarget {
  pacticipant: string;
  version: string;
  environment: string;
  applicationInstance?: string;
}

/** One environment-recording command. */
export interface EnvironmentRecordCommand {
  readonly name: string;
  /** Help lines for --pacticipant, --version, --environment (and --application-instance when taken). */
  readonly help: readonly OptionHelp[];
  readonly takesInstance: boolean;
  readonly record: (connection: BrokerConnection, target: EnvironmentTarget) => Promise<unknown>;
  /** The line printed when it is recorded. */
  readonly done: (target: EnvironmentTarget) => string;
}

/**
 * Builds the `usage` text and `run` function of an environment-recording command.
 *
 * @example
 * export const { usage, run } = environmentRecordCommand({ name: 'record-release', ... });
 */
export function environmentRecordCommand(command: EnvironmentRecordCommand): {
  usage: string;
  run: (args: readonly string[], io: CommandIo) => Promise<number>;
} {
  const usage = formatUsage(
    `seam ${command.name} --pacticipant P --version V --environment E --broker-url URL [options]`,
    [...command.help, ...brokerOptionsHelp],
  );
  const target = { pacticipant: stringFlag, version: stringFlag, environment: stringFlag };
  const spec = command.takesInstance ? { ...target, 'application-instance': stringFlag } : target;
  const required = ['pacticipant', 'version', 'environment'];
  const run = (args: readonly string[], io: CommandIo) =>
    runBrokerCommand(command.name, usage, args, io, spec, required, async (values, connection) => {
      const instance = values['application-instance'] as string | undefined;
      const recorded: EnvironmentTarget = {
        pacticipant: values.pacticipant as string,
        version: values.version as string,
        environment: values.environment as string,
        ...(instance === undefined ? {} : { applicationInstance: instance }),
      };
      await command.record(connection, recorded);
      io.out(`${command.done(recorded)}\n`);
      return 0;
    });
  return { usage, run };
}
