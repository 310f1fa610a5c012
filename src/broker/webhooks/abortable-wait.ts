/** Waits that an abort cuts short, for retries and shutdown. */

/**
 * Resolves true after `ms`, false at once when aborted; the timer does not keep the process alive.
 *
 * @example
 * if (!(await sleep(1000, signal))) return;
 */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    timer.unref();
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * True when all of `work` settles within `ms`.
 *
 * @example
 * if (await settlesWithin([...inFlight], 5000)) return;
 */
export async function settlesWithin(work: readonly Promise<void>[], ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = Promise.allSettled(work).then(() => true);
  const result = await Promise.race([settled, timeout]);
  clearTimeout(timer);
  return result;
}
