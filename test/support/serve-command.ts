/** Test support: `seam broker serve` run in process, as the CLI runs it, until the test stops it. */
import { run } from '../../src/cli/commands/broker-serve.ts';

/**
 * Runs `seam broker serve <args>` and waits for its first output (the address it listens on, or a
 * usage error). Answers its URL (`''` when it printed none), all it printed so far (stdout and
 * stderr together), and `stop()`, which ends the command and answers its exit code.
 *
 * @example
 * const served = await startServeCommand(['--port', '0', '--data', ':memory:']);
 * assert.equal((await fetch(`${served.url}/pacticipants`)).status, 200);
 * assert.equal(await served.stop(), 0);
 */
export async function startServeCommand(args: readonly string[]) {
  const out: string[] = [];
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
  const running = run(args, io, stopped);
  while (out.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const url = /listening on (\S+)/.exec(out.join(''))?.[1] ?? '';
  return {
    url,
    text: () => out.join(''),
    stop: async () => {
      stop();
      return await running;
    },
  };
}
