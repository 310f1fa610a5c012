/**
 * `seam can-i-deploy --pacticipant P --version V (--to-environment E | --to TAG) --broker-url URL
 * [--ignore NAME...] [--json]`: asks the broker whether the version can be deployed. Exit 0
 * deployable, 1 not (the reasons printed) or broker unreachable, 2 usage error.
 */
import { canIDeploy } from '../../broker/index.ts';
import { brokerOptionsHelp, runBrokerCommand } from '../broker-command.ts';
import type { CommandIo } from '../command.ts';
import { formatUsage } from '../usage.ts';

/** The text `seam can-i-deploy --help` prints. */
export const usage = formatUsage(
  'seam can-i-deploy --pacticipant P --version V (--to-environment E | --to TAG) --broker-url URL [options]',
  [
    ['--pacticipant P', 'the application to deploy'],
    ['--version V', 'its version'],
    ['--to-environment E', 'the environment to deploy to'],
    ['--to TAG', 'deploy alongside the latest versions with this tag (instead of an environment)'],
    ['--ignore NAME', 'leave this pacticipant out of the decision (repeatable)'],
    ['--json', "print the broker's answer as JSON"],
    ...brokerOptionsHelp,
  ],
);

/** Runs `seam can-i-deploy` with the arguments after `can-i-deploy`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const spec = {
    pacticipant: { type: 'string' },
    version: { type: 'string' },
    'to-environment': { type: 'string' },
    to: { type: 'string' },
    ignore: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  } as const;
  return runBrokerCommand(
    'can-i-deploy',
    usage,
    args,
    io,
    spec,
    ['pacticipant', 'version'],
    async (values, connection) => {
      const environment = values['to-environment'] as string | undefined;
      const to = values.to as string | undefined;
      if ((environment === undefined) === (to === undefined)) {
        io.err(`Give one of --to-environment or --to.\n${usage}`);
        return 2;
      }
      const answer = await canIDeploy(connection, {
        pacticipant: values.pacticipant as string,
        version: values.version as string,
        ...(environment === undefined ? {} : { environment }),
        ...(to === undefined ? {} : { to }),
        ignore: (values.ignore as string[] | undefined) ?? [],
      });
      if (values.json === true) io.out(`${JSON.stringify(answer.body, null, 2)}\n`);
      else {
        io.out(`Computer says ${answer.deployable ? 'yes \\o/' : 'no ¯\\_(ツ)_/¯'}\n\n`);
        for (const notice of answer.notices)
          io.out(`${notice.type === 'error' ? '✗' : '•'} ${notice.text}\n`);
        if (answer.notices.length === 0) io.out(`${answer.reason}\n`);
      }
      return answer.deployable ? 0 : 1;
    },
  );
}
