/**
 * `seam verify --provider-base-url URL [pact files or dirs...] [options]`: verifies a running
 * provider against pacts. Exit 0 when every non-pending interaction passes, 1 when any fails, 2 for
 * a usage or configuration error (bad option, no pacts, a pact that cannot be loaded).
 */
import { writeFile } from 'node:fs/promises';
import {
  type ConsumerVersionSelector,
  formatVerificationReport,
  toJUnit,
  type VerificationReport,
  type VerifyProviderOptions,
  verifyProvider,
} from '../../contract/index.ts';
import { definedOnly, isPlainObject, isSeamError, SeamError } from '../../core/index.ts';
import { resolveBrokerConnection } from '../broker-connection.ts';
import type { CommandIo } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { readArguments } from '../read-arguments.ts';
import { formatUsage } from '../usage.ts';

/** The text `seam verify --help` prints. */
export const usage = formatUsage('seam verify --provider-base-url URL [pact files or dirs...] [options]', [
  ['--provider-base-url URL', 'where the running provider listens'],
  ['--pact-url URL', 'a pact to fetch and verify (repeatable)'],
  ['--provider-states-setup-url URL', 'the provider endpoint that sets up provider states'],
  ['--provider NAME', 'verify only pacts with this provider (required with --broker-url)'],
  [
    '-H, --header "NAME: VALUE"',
    'add a header to every request to the provider (repeatable; NAME=VALUE too)',
  ],
  ['--timeout MS', 'per-request timeout in milliseconds'],
  ['--concurrency N', 'how many interactions to verify at once'],
  ['--junit FILE', 'also write a JUnit XML report to FILE'],
  ['--json', 'print the report as JSON'],
  ['--enable-pending', 'failures of pending pacts do not fail the run'],
  [
    '--broker-url URL',
    'fetch pacts for --provider from this broker (env PACT_BROKER_BASE_URL if no pacts named)',
  ],
  ['--broker-token T', 'bearer token for the broker and pact URLs (env PACT_BROKER_TOKEN)'],
  ['--broker-username U', 'basic-auth username for the broker and pact URLs (env PACT_BROKER_USERNAME)'],
  ['--broker-password P', 'basic-auth password (env PACT_BROKER_PASSWORD)'],
  [
    '--consumer-version-selectors JSON',
    'which consumer versions to verify, e.g. \'{"mainBranch":true}\' (repeatable)',
  ],
  ['--include-wip-pacts-since DATE', 'also verify work-in-progress pacts since DATE'],
  ['--provider-version V', 'the provider version verified'],
  ['--provider-version-branch B', 'the branch of that provider version'],
  [
    '--provider-version-tag TAG',
    'tag that provider version, before publishing (repeatable; --provider-tags a,b too)',
  ],
  ['--publish', 'publish the results to the broker (needs --provider-version)'],
]);

const optionSpec = {
  'provider-base-url': { type: 'string' },
  'pact-url': { type: 'string', multiple: true },
  header: { type: 'string', multiple: true, short: 'H' },
  'provider-states-setup-url': { type: 'string' },
  provider: { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  junit: { type: 'string' },
  json: { type: 'boolean', default: false },
  'enable-pending': { type: 'boolean', default: false },
  'broker-url': { type: 'string' },
  'consumer-version-selectors': { type: 'string', multiple: true },
  'include-wip-pacts-since': { type: 'string' },
  'broker-token': { type: 'string' },
  'broker-username': { type: 'string' },
  'broker-password': { type: 'string' },
  'provider-version': { type: 'string' },
  'provider-version-branch': { type: 'string' },
  'provider-version-tag': { type: 'string', multiple: true },
  'provider-tags': { type: 'string', multiple: true },
  publish: { type: 'boolean', default: false },
} as const;

type Values = ReturnType<typeof parse>['values'];

/** Runs `seam verify` with the arguments after `verify`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const read = readArguments(io, usage, () => {
    const { values, positionals } = parse(args);
    return { values, options: toOptions(values, positionals, process.env) };
  });
  if (read === undefined) return 2;
  const { values, options } = read;
  let report: VerificationReport;
  try {
    report = await verifyProvider(options);
  } catch (error) {
    if (!isSeamError(error)) throw error;
    io.err(`seam verify: ${error.message}\n`);
    return 2;
  }
  return output(report, values, io);
}

async function output(report: VerificationReport, values: Values, io: CommandIo): Promise<number> {
  if (values.junit !== undefined) await writeFile(values.junit, toJUnit(report));
  io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatVerificationReport(report));
  return report.ok ? 0 : 1;
}

function parse(args: readonly string[]) {
  return parseOptions({ args: [...args], allowPositionals: true, options: optionSpec });
}

function toOptions(values: Values, positionals: string[], env: NodeJS.ProcessEnv): VerifyProviderOptions {
  const baseUrl = values['provider-base-url'];
  if (baseUrl === undefined) throw new SeamError('usage', '--provider-base-url is required.');
  const local = positionals.length > 0 || values['pact-url'] !== undefined;
  // As the other broker commands read PACT_BROKER_*; the broker URL from the environment only when
  // nothing else names pacts, so a CI-wide variable does not add a broker to a file verification.
  const { brokerUrl, token, username, password } = resolveBrokerConnection(values, env, {
    urlFromEnv: !local,
  });
  if (!local && brokerUrl === undefined) {
    throw new SeamError(
      'usage',
      'No pacts given: name pact files or folders, --pact-url or --broker-url (or set PACT_BROKER_BASE_URL).',
    );
  }
  if (values.publish && values['provider-version'] === undefined)
    throw new SeamError('usage', '--publish needs --provider-version.');
  return definedOnly({
    providerBaseUrl: baseUrl,
    pactFiles: positionals,
    pactUrls: values['pact-url'],
    customHeaders: values.header === undefined ? undefined : parseHeaders(values.header),
    providerStatesSetupUrl: values['provider-states-setup-url'],
    provider: values.provider,
    timeout: positiveInteger(values.timeout, '--timeout'),
    concurrency: positiveInteger(values.concurrency, '--concurrency'),
    enablePending: values['enable-pending'],
    pactBrokerUrl: brokerUrl,
    consumerVersionSelectors: values['consumer-version-selectors']?.map(parseSelector),
    includeWipPactsSince: values['include-wip-pacts-since'],
    pactBrokerToken: token,
    pactBrokerUsername: username,
    pactBrokerPassword: password,
    providerVersion: values['provider-version'],
    providerVersionBranch: values['provider-version-branch'],
    providerVersionTags: providerTags(values),
    publishVerificationResult: values.publish,
  });
}

/** `Name: value` (as curl) or `NAME=VALUE` (as the Pact verifier's `--header`), whichever separator comes first. */
function parseHeaders(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.search(/[:=]/);
    const name = at < 0 ? '' : line.slice(0, at).trim();
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || /[\r\n]/.test(line))
      throw new SeamError(
        'usage',
        `--header takes "Name: value" or NAME=VALUE, got ${JSON.stringify(line)}.`,
      );
    headers[name] = line.slice(at + 1).trim();
  }
  return headers;
}

/** `--provider-version-tag` (repeatable) and the Pact verifier's `--provider-tags a,b`, in order. */
function providerTags(values: Values): string[] | undefined {
  const given = [
    ...(values['provider-version-tag'] ?? []),
    ...(values['provider-tags'] ?? []).flatMap((list) => list.split(',')),
  ].map((tag) => tag.trim());
  if (given.some((tag) => tag === ''))
    throw new SeamError(
      'usage',
      '--provider-version-tag and --provider-tags take non-empty tag names, e.g. prod.',
    );
  return given.length === 0 ? undefined : given;
}

function parseSelector(text: string): ConsumerVersionSelector {
  try {
    const value: unknown = JSON.parse(text);
    if (isPlainObject(value)) return value as ConsumerVersionSelector;
  } catch {}
  throw new SeamError(
    'usage',
    `--consumer-version-selectors takes a JSON object, e.g. '{"mainBranch":true}', got ${text}`,
  );
}

function positiveInteger(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new SeamError('usage', `${name} must be a positive whole number, got "${text}".`);
  return value;
}
