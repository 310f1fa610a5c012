/**
 * `seam broker serve [--port N] [--host H] [--data DIR]`: runs the contract broker until SIGINT or
 * SIGTERM. Exit 0 after a clean stop, 2 for a usage or configuration error.
 */
import { parseArgs } from 'node:util';
import { startBroker } from '../../broker/index.ts';
import { isSeamError } from '../../core/errors.ts';
import type { CommandIo } from '../command.ts';

const usage = 'Usage: seam broker serve [--port N] [--host HOST] [--data DIR]\n';

/** Runs `seam broker serve` with the arguments after `broker serve`; `stop` resolves to stop it. */
export async function run(
  args: readonly string[],
  io: CommandIo,
  stop: Promise<unknown> = signalled(),
): Promise<number> {
  let values: { port?: string; host?: string; data?: string };
  try {
    values = parseArgs({
      args: [...args],
      options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' } },
    }).values;
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
      ...(values.host === undefined ? {} : { host: values.host }),
    });
    io.out(`seam broker listening on ${broker.url} (data: ${dataDir})\n`);
    await stop;
    await broker.close();
    return 0;
  } catch (error) {
    if (!isSeamError(error)) throw error;
    io.err(`seam broker serve: ${error.message}\n`);
    return 2;
  }
}

function signalled(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}
