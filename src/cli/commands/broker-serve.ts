/**
 * `seam broker serve [--port N] [--host H] [--data DIR | --database-url URL] [auth flags]`: runs the
 * contract broker until SIGINT or SIGTERM, on `--port` (else PACT_BROKER_PORT, as for the Pact
 * Broker's Docker image; default 9292). `--database-url` (default `SEAM_BROKER_DATABASE_URL`)
 * selects PostgreSQL. Auth comes from `--read-token`, `--write-token`, `--basic-auth`,
 * `--basic-auth-read-only` and `--public-read`, over `SEAM_BROKER_*` environment variables; webhooks
 * may reach private addresses only as `--webhook-allow-host` and `--webhook-allow-private-networks` say.
 * `--allow-dangerous-contract-modification` (or PACT_BROKER_ALLOW_DANGEROUS_CONTRACT_MODIFICATION=true)
 * lets a publication change the pact of an existing consumer version, which is refused by default.
 * `--base-url` (or PACT_BROKER_BASE_URL, as for the Pact Broker) fixes the URL of links and webhooks;
 * `--header-timeout`, `--request-timeout` and `--max-connections` (or SEAM_BROKER_HEADER_TIMEOUT_MS,
 * SEAM_BROKER_REQUEST_TIMEOUT_MS, SEAM_BROKER_MAX_CONNECTIONS) bound slow and numerous clients.
 * Exit 0 after a clean stop, 2 for a usage or configuration error.
 */
import {
  type BrokerAuthOptions,
  isAuthConfigured,
  redactUrl,
  resolveBrokerAuth,
  startBroker,
} from '../../broker/index.ts';
import { definedOnly, isSeamError, SeamError } from '../../core/index.ts';
import type { CommandIo } from '../command.ts';
import { databaseUrlProblem } from '../database-url.ts';
import { parseOptions } from '../parse-options.ts';
import { readArguments } from '../read-arguments.ts';
import { formatUsage } from '../usage.ts';

/** The text `seam broker serve --help` prints. */
export const usage = formatUsage('seam broker serve [options]', [
  ['--port N', 'port to listen on (default 9292; 0 picks a free one; env PACT_BROKER_PORT)'],
  ['--host HOST', 'address to listen on'],
  ['--data DIR', 'folder of the embedded store (default .seam/broker)'],
  ['--database-url postgres://...', 'use PostgreSQL instead (env SEAM_BROKER_DATABASE_URL)'],
  ['--read-token T', 'bearer token that may read (env SEAM_BROKER_READ_TOKEN)'],
  ['--write-token T', 'bearer token that may read and write (env SEAM_BROKER_WRITE_TOKEN)'],
  [
    '--basic-auth USER:PASS',
    'basic-auth user that may read and write (env SEAM_BROKER_BASIC_AUTH_USERNAME/_PASSWORD)',
  ],
  [
    '--basic-auth-read-only USER:PASS',
    'basic-auth user that may only read (env SEAM_BROKER_BASIC_AUTH_READ_ONLY_USERNAME/_PASSWORD)',
  ],
  ['--public-read', 'anyone may read without credentials (env SEAM_BROKER_ALLOW_PUBLIC_READ)'],
  [
    '--webhook-allow-host H',
    'let webhooks reach this host, *.domain, IP address or CIDR range although it is private (repeatable)',
  ],
  ['--webhook-allow-private-networks', 'let webhooks reach any loopback, link-local or private address'],
  [
    '--allow-dangerous-contract-modification',
    'let a publication change the pact of an existing consumer version (env PACT_BROKER_ALLOW_DANGEROUS_CONTRACT_MODIFICATION)',
  ],
  [
    '--base-url URL',
    'public URL of the broker for links and webhooks, several separated by spaces; default the Host header (env PACT_BROKER_BASE_URL)',
  ],
  [
    '--header-timeout MS',
    'drop a client that has not sent its request head in MS milliseconds (default 30000; env SEAM_BROKER_HEADER_TIMEOUT_MS)',
  ],
  [
    '--request-timeout MS',
    'answer 408 to a request not received in MS milliseconds (default 30000; env SEAM_BROKER_REQUEST_TIMEOUT_MS)',
  ],
  [
    '--max-connections N',
    'connections open at once per listening address (default 1024; env SEAM_BROKER_MAX_CONNECTIONS)',
  ],
]);

const optionSpec = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  'database-url': { type: 'string' },
  'read-token': { type: 'string' },
  'write-token': { type: 'string' },
  'basic-auth': { type: 'string' },
  'basic-auth-read-only': { type: 'string' },
  'public-read': { type: 'boolean' },
  'webhook-allow-host': { type: 'string', multiple: true },
  'webhook-allow-private-networks': { type: 'boolean' },
  'allow-dangerous-contract-modification': { type: 'boolean' },
  'base-url': { type: 'string' },
  'header-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  'max-connections': { type: 'string' },
} as const;

/** Runs `seam broker serve` with the arguments after `broker serve`; `stop` resolves to stop it. */
export async function run(
  args: readonly string[],
  io: CommandIo,
  stop: Promise<unknown> = signalled(),
): Promise<number> {
  const read = readArguments(io, usage, () => {
    const { values } = parse(args);
    const auth = resolveBrokerAuth(process.env, {
      readToken: values['read-token'],
      writeToken: values['write-token'],
      basicAuth: values['basic-auth'],
      basicAuthReadOnly: values['basic-auth-read-only'],
      publicRead: values['public-read'],
    });
    return { values, auth };
  });
  if (read === undefined) return 2;
  const { values, auth } = read;
  const portText = values.port ?? (process.env.PACT_BROKER_PORT || undefined);
  const port = portText === undefined ? 9292 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    io.err(`--port (or PACT_BROKER_PORT) must be a port number (0–65535), got "${portText}".\n${usage}`);
    return 2;
  }
  const limits = readArguments(io, usage, () => serverLimits(values));
  if (limits === undefined) return 2;
  const baseUrl = values['base-url'] ?? (process.env.PACT_BROKER_BASE_URL || undefined);
  const dataDir = values.data ?? '.seam/broker';
  // A PostgreSQL URL (flag, else SEAM_BROKER_DATABASE_URL) replaces the embedded store.
  const databaseUrl = values['database-url'] ?? (process.env.SEAM_BROKER_DATABASE_URL || undefined);
  const databaseProblem = databaseUrl === undefined ? undefined : databaseUrlProblem(databaseUrl);
  if (databaseProblem !== undefined) {
    io.err(`seam broker serve: ${databaseProblem}\n`);
    return 2;
  }
  const data = databaseUrl === undefined ? dataDir : redactUrl(databaseUrl);
  try {
    const broker = await startBroker(
      definedOnly({
        port,
        dataDir,
        databaseUrl,
        auth,
        host: values.host,
        webhooks: {
          allowHosts: values['webhook-allow-host'] ?? [],
          allowPrivateNetworks: values['webhook-allow-private-networks'] === true,
        },
        allowContractModification:
          values['allow-dangerous-contract-modification'] === true ||
          process.env.PACT_BROKER_ALLOW_DANGEROUS_CONTRACT_MODIFICATION === 'true',
        baseUrl,
        ...limits,
      }),
    );
    io.out(`seam broker listening on ${broker.url} (data: ${data}, auth: ${describeAuth(auth)})\n`);
    await stop;
    await broker.close();
    return 0;
  } catch (error) {
    if (!isSeamError(error)) throw error;
    io.err(`seam broker serve: ${error.message}\n`);
    return 2;
  }
}

function parse(args: readonly string[]) {
  return parseOptions({ args: [...args], options: optionSpec });
}

type ServerLimits = { headersTimeoutMs?: number; requestTimeoutMs?: number; maxConnections?: number };

// Flags over environment variables; each a positive whole number when given.
function serverLimits(values: ReturnType<typeof parse>['values']): ServerLimits {
  const limits: ServerLimits = {};
  const read = (key: keyof ServerLimits, flag: string, variable: string) => {
    const text = (values as Record<string, unknown>)[flag] ?? (process.env[variable] || undefined);
    if (text === undefined) return;
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0)
      throw new SeamError(
        'usage',
        `--${flag} (or ${variable}) must be a positive whole number, got "${String(text)}".`,
      );
    limits[key] = value;
  };
  read('headersTimeoutMs', 'header-timeout', 'SEAM_BROKER_HEADER_TIMEOUT_MS');
  read('requestTimeoutMs', 'request-timeout', 'SEAM_BROKER_REQUEST_TIMEOUT_MS');
  read('maxConnections', 'max-connections', 'SEAM_BROKER_MAX_CONNECTIONS');
  return limits;
}

function describeAuth(auth: BrokerAuthOptions): string {
  if (!isAuthConfigured(auth)) return 'off';
  return auth.allowPublicRead === true ? 'on, public read' : 'on';
}

function signalled(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}
