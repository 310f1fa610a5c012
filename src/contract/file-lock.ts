/**
 * An exclusive lock between processes, as a lock file created with `O_EXCL` (`open(path, 'wx')`):
 * parallel test workers writing the same pact file take turns. A lock left by a process that died
 * (same host, pid gone) or older than `staleMs` is taken over.
 */
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SeamError } from '../core/errors.ts';
import { isStale, newLockOwner, readLockOwner } from './lock-owner.ts';

/**
 * How long to wait for a lock, and when a held lock counts as abandoned.
 *
 * @example
 * const options: FileLockOptions = { timeoutMs: 10_000, staleMs: 30_000 };
 */
export interface FileLockOptions {
  /** Give up after this long (default 30 000 ms). */
  readonly timeoutMs?: number;
  /** A lock file older than this is abandoned, whoever holds it (default 60 000 ms). */
  readonly staleMs?: number;
}

/**
 * Runs `action` while holding the lock at `lockPath`, and releases it afterwards, whatever happens.
 *
 * @throws SeamError `io` when the lock is not acquired within the timeout (the message says who
 *   holds it and how to clear it).
 * @example
 * await withFileLock('pacts/order-service-payment-service.json.lock', async () => {
 *   // read, merge, write the pact file
 * });
 */
export async function withFileLock<T>(
  lockPath: string,
  action: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const token = await acquire(lockPath, options);
  try {
    return await action();
  } finally {
    await release(lockPath, token);
  }
}

async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  await mkdir(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    const token = await tryCreate(lockPath);
    if (token !== undefined) return token;
    if (await takeOverIfStale(lockPath, options.staleMs ?? 60_000)) continue;
    if (Date.now() >= deadline) throw await timedOut(lockPath, timeoutMs);
    await sleep(backoff(attempt));
  }
}

async function tryCreate(lockPath: string): Promise<string | undefined> {
  const owner = newLockOwner();
  try {
    const handle = await open(lockPath, 'wx');
    try {
      await handle.writeFile(JSON.stringify(owner));
    } finally {
      await handle.close();
    }
    return owner.token;
  } catch (cause) {
    if (codeOf(cause) === 'EEXIST') return undefined;
    throw new SeamError('io', `cannot create the lock file: ${messageOf(cause)}`, {
      location: lockPath,
      cause,
    });
  }
}

/** Jittered exponential backoff, 5 ms doubling to 100 ms, so waiting workers do not move in step. */
function backoff(attempt: number): number {
  return Math.min(100, 5 * 2 ** attempt) * (0.5 + Math.random());
}

/**
 * Removes the lock when its holder is gone. Only one waiter may do that at a time (it holds a
 * second lock, `<lock>.takeover`, and checks again under it), so a waiter that saw the old lock
 * cannot remove the fresh lock another waiter has just created in its place.
 */
async function takeOverIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  if (!(await isStale(lockPath, staleMs))) return false;
  const guard = `${lockPath}.takeover`;
  const token = await tryCreate(guard);
  if (token === undefined) {
    // The guard is held for milliseconds; one this old was left by a process that died holding it.
    if (await isStale(guard, guardStaleMs)) await rm(guard, { force: true });
    return false;
  }
  try {
    if (!(await isStale(lockPath, staleMs))) return false;
    await rm(lockPath, { force: true });
    return true;
  } finally {
    await release(guard, token);
  }
}

const guardStaleMs = 5_000;

async function release(lockPath: string, token: string): Promise<void> {
  // Only remove our own lock: after a takeover the file may belong to another process.
  if ((await readLockOwner(lockPath))?.token === token) await rm(lockPath, { force: true });
}

async function timedOut(lockPath: string, timeoutMs: number): Promise<SeamError> {
  const owner = await readLockOwner(lockPath);
  const holder =
    owner === undefined ? '' : ` (held by pid ${owner.pid} on ${owner.host} since ${owner.since})`;
  return new SeamError(
    'io',
    `could not lock within ${timeoutMs} ms${holder}; if no test process is running, delete the lock file`,
    { location: lockPath },
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}
