/**
 * Test support: the official Pact CLI, the standalone Rust `pact` binary that npm
 * `@pact-foundation/pact-cli` ships (`pact broker …` is the `pact-broker` client, `pact verifier …`
 * the verifier), run as a child process.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { standalone } = require('@pact-foundation/pact-cli/src/pact-standalone') as {
  standalone(): { pactFullPath: string };
};
const pactBinary = standalone().pactFullPath;

/**
 * How a run ended: the exit code (-1 when killed), each stream, and `output`, all of it for an
 * assertion message.
 *
 * @example
 * assert.equal(run.code, 0, run.output);
 */
export interface PactCliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: string;
}

/**
 * Options of a {@link runPactCli} run.
 *
 * @example
 * const options: PactCliOptions = { timeoutMs: 120_000 };
 */
export interface PactCliOptions {
  /** Kills the run after this long; 60 s unless given. */
  readonly timeoutMs?: number;
  /** Variables added to this process's environment. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Runs `pact <args>`, with `PACT_DO_NOT_TRACK` set and colours off; never rejects.
 *
 * @example
 * const run = await runPactCli(['verifier', '--broker-url', broker.url, '--provider-name', 'orders']);
 */
export function runPactCli(args: readonly string[], options: PactCliOptions = {}): Promise<PactCliRun> {
  const env = { ...process.env, PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1', ...options.env };
  return new Promise((resolve) => {
    execFile(pactBinary, args, { timeout: options.timeoutMs ?? 60_000, env }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr, output: `exit ${code}\n${stdout}\n${stderr}` });
    });
  });
}

/**
 * Runs `pact broker <args>` against the broker at `brokerUrl`, with no retries, so a 5xx fails at once.
 *
 * @example
 * const run = await pactBroker(broker.url, 'create-environment', '--name', 'production');
 */
export function pactBroker(brokerUrl: string, ...args: string[]): Promise<PactCliRun> {
  return runPactCli(['broker', ...args, '--broker-base-url', brokerUrl], {
    env: { PACT_BROKER_HTTP_RETRIES: '0' },
  });
}
