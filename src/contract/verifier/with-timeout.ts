/** A deadline for user code (state handlers, message providers), so a hung hook never hangs the run. */
import { withTimeout } from '../../core/index.ts';

/**
 * Resolves or rejects as `work` does, or rejects (core's `timeout` SeamError) after `ms` saying what
 * timed out.
 *
 * @example
 * await withDeadline(Promise.resolve(handler(params)), 30_000, 'state handler "order exists"');
 */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return withTimeout(work, ms, `${what} did not finish within ${ms} ms`);
}

/**
 * Runs a possibly synchronous function as a promise, so its throw becomes a rejection.
 *
 * @example
 * await attempt(() => JSON.parse(text));
 */
export async function attempt<T>(run: () => T | Promise<T>): Promise<T> {
  return run();
}
