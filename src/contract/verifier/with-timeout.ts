/** A deadline for user code (state handlers, message providers), so a hung hook never hangs the run. */

/**
 * Resolves or rejects as `work` does, or rejects after `ms` saying what timed out.
 *
 * @example
 * await withTimeout(Promise.resolve(handler(params)), 30_000, 'state handler "order exists"');
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
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
