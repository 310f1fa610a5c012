/**
 * `seam broker serve [--port N] [--host H] [--data DIR] [auth flags]`: runs the contract broker
 * until SIGINT or SIGTERM. Auth comes from `--read-token`, `--write-token`, `--basic-auth`,
 * `--basic-auth-read-only` and `--public-read`, over `SEAM_BROKER_*` environment variables.
 * Exit 0 after a clean stop, 2 for a usage or configuration error.
 */
import { parseArgs } from 'node:util';
import {
  type BrokerAuthOptions,
  isAuthConfigured,
  resolveBrokerAuth,
  startBroker,
} from '../../broker/index.ts';
import { isSeamError } from '../../core/errors.ts';
import type { CommandIo } from '../command.ts';

const usage =
  'Usage: seam broker serve [--port N] [--host HOST] [--data DIR] [--read-token T] [--write-token T]\n' +
  '  [--basic-auth USER:PASS] [--basic-auth-read-only USER:PASS] [--public-read]\n';

const optionSpec = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  'read-token': { type: 'string' },
  'write-token': { type: 'string' },
  'basic-auth': { type: 'string' },
  'basic-auth-read-only': { type: 'string' },
  'public-read': { type: 'boolean' },
} as const;

/** Runs `seam broker serve` with the arguments after `broker serve`; `stop` resolves to stop it. */
export async function run(
  args: readonly string[],
  io: CommandIo,
  stop: Promise<unknown> = signalled(),
): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  let auth: BrokerAuthOptions;
  try {
    values = parse(args).values;
    auth = resolveBrokerAuth(process.env, {
      readToken: values['read-token'],
      writeToken: values['write-token'],
      basicAuth: values['basic-auth'],
      basicAuthReadOnly: values['basic-auth-read-only'],
      publicRead: values['public-read'],
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const port = values.port === undefined ? 9292 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    io.err(`--port must be a port number (0–65535), got "${values.port}".\n${usage}`);
    return 2;
  }
  const dataDir = values.data ?? '.seam/broker';
  try {
    const broker = await startBroker({
      port,
      dataDir,
      auth,
      ...(values.host === undefined ? {} : { host: values.host }),
    });
    io.out(`seam broker listening on ${broker.url} (data: ${dataDir}, auth: ${describeAuth(auth)})\n`);
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
  return parseArgs({ args: [...args], options: optionSpec });
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
