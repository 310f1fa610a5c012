import { SeamError } from './errors.ts';

/**
 * Resolves or rejects as `work` does, or rejects with a `timeout` {@link SeamError} carrying
 * `message` after `ms`, so a hung hook, lookup or peer never hangs the caller. The timer is cleared
 * either way.
 *
 * @example
 * await withTimeout(resolveHost('ci.example'), 5000, 'resolving ci.example took over 5000 ms');
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SeamError('timeout', message)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
