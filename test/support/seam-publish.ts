/** Test support: `seam publish` run in process, as a user runs it, with what it printed. */
import { main } from '../../src/cli/main.ts';
import { capturedIo } from './captured-io.ts';

/**
 * Runs `seam publish <dir> --consumer-app-version <version> --branch main --broker-url <brokerUrl>`
 * and any further flags (credentials...); answers the exit code and the text of each stream.
 *
 * @example
 * const { code, err } = await seamPublish(folder.dir, broker.url, '1.0.0', '--broker-token', token);
 */
export async function seamPublish(dir: string, brokerUrl: string, version: string, ...flags: string[]) {
  const { io, text, errors } = capturedIo();
  const args = [
    'publish',
    dir,
    '--consumer-app-version',
    version,
    '--branch',
    'main',
    '--broker-url',
    brokerUrl,
  ];
  const code = await main([...args, ...flags], io);
  return { code, out: text(), err: errors() };
}
