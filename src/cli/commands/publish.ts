/**
 * `seam publish <pact files or dirs...> --consumer-app-version V [--branch B] [--tag T...] --broker-url URL
 * [--broker-token T | --broker-username U --broker-password P]`: publishes pacts to a Pact Broker;
 * `PACT_BROKER_TOKEN`, `PACT_BROKER_USERNAME` and `PACT_BROKER_PASSWORD` stand in for the flags. Exit 0 when all are published, 1 when the
 * broker refuses or cannot be reached, 2 for a usage error or a pact path that does not exist.
 */
import { publishPacts } from '../../broker/index.ts';
import { definedOnly, isSeamError } from '../../core/index.ts';
import { brokerOptionSpec, brokerOptionsHelp, resolveBrokerConnection } from '../broker-connection.ts';
import type { CommandIo } from '../command.ts';
import { httpUrlProblem } from '../http-url.ts';
import { reportMissingPaths } from '../missing-paths.ts';
import { parseOptions } from '../parse-options.ts';
import { readArguments } from '../read-arguments.ts';
import { formatUsage } from '../usage.ts';

/** The text `seam publish --help` prints. */
export const usage = formatUsage(
  'seam publish <pact files or dirs...> --consumer-app-version V --broker-url URL [options]',
  [
    ['--consumer-app-version V', 'the consumer version the pacts belong to'],
    ['--branch B', 'the consumer branch that version is on'],
    ['--tag T', 'a tag for that version (repeatable, as the Pact CLI)'],
    ...brokerOptionsHelp,
  ],
);

const optionSpec = {
  'consumer-app-version': { type: 'string' },
  branch: { type: 'string' },
  tag: { type: 'string', short: 't', multiple: true },
  ...brokerOptionSpec,
} as const;

/** Runs `seam publish` with the arguments after `publish`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = readArguments(io, usage, () => parse(args));
  if (parsed === undefined) return 2;
  const { values, positionals } = parsed;
  const { brokerUrl, ...credentials } = resolveBrokerConnection(values, process.env);
  const version = values['consumer-app-version'];
  const missing = [
    positionals.length === 0 ? 'a pact file or folder' : '',
    version === undefined ? '--consumer-app-version' : '',
    brokerUrl === undefined ? '--broker-url (or PACT_BROKER_BASE_URL)' : '',
  ].filter((item) => item !== '');
  if (missing.length > 0 || version === undefined || brokerUrl === undefined) {
    io.err(`Missing ${missing.join(', ')}.\n${usage}`);
    return 2;
  }
  const urlProblem = httpUrlProblem('--broker-url', brokerUrl);
  if (urlProblem !== undefined) {
    io.err(`seam publish: ${urlProblem}\n`);
    return 2;
  }
  if (reportMissingPaths('publish', positionals, io)) return 2;
  const options = definedOnly({
    brokerUrl,
    pactFiles: positionals,
    consumerVersion: version,
    branch: values.branch,
    tags: values.tag,
    ...credentials,
  });
  try {
    const published = await publishPacts(options);
    for (const pact of published)
      io.out(
        `published ${pact.file}: ${pact.consumer} ${version} → ${pact.provider}${pact.url ? ` (${pact.url})` : ''}\n`,
      );
    return 0;
  } catch (error) {
    if (!isSeamError(error)) throw error;
    io.err(`seam publish: ${error.message}\n`);
    return error.code === 'usage' || error.code === 'invalid-pact' ? 2 : 1;
  }
}

function parse(args: readonly string[]) {
  return parseOptions({ args: [...args], allowPositionals: true, options: optionSpec });
}
