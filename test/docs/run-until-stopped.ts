/**
 * Runs a docs command that serves until stopped (`seam broker serve ...`): starts it, waits for its
 * `listening on URL` line, checks that `GET /` answers the broker's HAL index, stops it with SIGTERM
 * and expects a clean stop (exit 0, nothing on stderr). Each wait has a time limit, and a command
 * that misses one is killed and reported with what it printed.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * Where and how long to run a serving command.
 *
 * @example
 * const options: UntilStoppedOptions = { cwd: '.tmp/x', env: process.env, bearerToken: 'ci-token' };
 */
export interface UntilStoppedOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Sent as `Authorization: Bearer` with `GET /`, so a broker that requires auth can be checked. */
  readonly bearerToken?: string;
  /** How long it may take to print its `listening on` line (default 15 s). */
  readonly startMs?: number;
  /** How long it may take to exit after SIGTERM (default 10 s). */
  readonly stopMs?: number;
}

/**
 * Runs `command` through bash (so `"$VARIABLES"` expand), checks it serves the HAL index, then
 * stops it; throws an assertion error naming the command when any step fails.
 *
 * @example
 * await runUntilStopped('seam broker serve --data ./broker-data', { cwd: dir, env: { ...process.env, PACT_BROKER_PORT: '0' } });
 */
export async function runUntilStopped(command: string, options: UntilStoppedOptions): Promise<void> {
  const { startMs = 15_000, stopMs = 10_000 } = options;
  // exec: the signal goes to seam itself, not to a shell waiting for it.
  const child = spawn('bash', ['-c', `exec ${command}`], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const printed = () => `\nstdout: ${stdout}\nstderr: ${stderr}`;
  try {
    const url = await within(
      startMs,
      listeningUrl(command, () => stdout, exited, printed),
      () => assert.fail(`${command} did not print "listening on URL" within ${startMs} ms${printed()}`),
    );
    const answer = await fetch(`${url}/`, {
      headers: {
        accept: 'application/hal+json',
        ...(options.bearerToken === undefined ? {} : { authorization: `Bearer ${options.bearerToken}` }),
      },
    });
    const body = await answer.text();
    assert.equal(answer.status, 200, `${command}: GET / answered ${answer.status}: ${body}`);
    assert.match(answer.headers.get('content-type') ?? '', /^application\/hal\+json/);
    const links = (JSON.parse(body) as { _links?: Record<string, unknown> })._links ?? {};
    assert.ok('pb:publish-contracts' in links, `${command}: GET / is not the broker's HAL index: ${body}`);
    child.kill('SIGTERM');
    const [code, signal] = await within(stopMs, exited, () =>
      assert.fail(`${command} still ran ${stopMs} ms after SIGTERM${printed()}`),
    );
    assert.equal(signal, null, `${command} was ended by ${signal} instead of stopping${printed()}`);
    assert.equal(code, 0, `${command} exited ${code} after SIGTERM, expected 0${printed()}`);
    assert.equal(stderr, '', `${command} wrote to stderr${printed()}`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  }
}

/** The URL of the `listening on URL` line, once printed; fails if the command exits first. */
async function listeningUrl(
  command: string,
  stdout: () => string,
  exited: Promise<[number | null, NodeJS.Signals | null]>,
  printed: () => string,
): Promise<string> {
  let gone: [number | null, NodeJS.Signals | null] | undefined;
  void exited.then((result) => {
    gone = result;
  });
  for (;;) {
    const url = /listening on (https?:\/\/\S+)/.exec(stdout())?.[1];
    if (url !== undefined) return url;
    if (gone !== undefined)
      assert.fail(`${command} exited (${gone[0] ?? gone[1]}) before listening${printed()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `work`'s result, or `onTimeout()`'s throw when it takes longer than `ms`. */
async function within<T>(ms: number, work: Promise<T>, onTimeout: () => never): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      try {
        onTimeout();
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
