/** Who holds a lock file, and whether that holder is gone (synchronous calls, see file-lock.ts). */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { errorCode } from '../../core/index.ts';

/**
 * What a lock file holds: who took it, so others can tell whether the holder is alive, and a
 * token, so a holder only ever removes its own lock.
 *
 * @example
 * const owner: LockOwner = { pid: 4242, host: 'ci-7', token: '9f2c…', since: '2026-01-01T00:00:00.000Z' };
 */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  readonly since: string;
}

/** This machine's name, asked once: a lock is taken for every merge. */
let thisHost: string | undefined;

/**
 * A new owner record for this process.
 *
 * @example
 * await writeFile(lockPath, JSON.stringify(newLockOwner()), { flag: 'wx' });
 */
export function newLockOwner(): LockOwner {
  thisHost ??= hostname();
  return {
    pid: process.pid,
    host: thisHost,
    token: randomBytes(8).toString('hex'),
    since: new Date().toISOString(),
  };
}

/**
 * True when the lock file is abandoned: older than `staleMs`, or held by a process of this host that
 * no longer runs. A missing file is free, not stale.
 *
 * @example
 * if (isStale('pacts/a-b.json.lock', 60_000)) { ... }
 */
export function isStale(lockPath: string, staleMs: number): boolean {
  try {
    const info = statSync(lockPath);
    if (Date.now() - info.mtimeMs > staleMs) return true;
    const owner = readLockOwner(lockPath);
    return owner !== undefined && owner.host === hostname() && !isAlive(owner.pid);
  } catch {
    return false; // gone already: not stale, just free
  }
}

/**
 * The owner recorded in a lock file; undefined when it is missing or still being written.
 * Synchronous, like every call on lock files (see file-lock.ts).
 *
 * @example
 * readLockOwner('pacts/a-b.json.lock')?.pid;
 */
export function readLockOwner(lockPath: string): LockOwner | undefined {
  try {
    const owner: unknown = JSON.parse(readFileSync(lockPath, 'utf8'));
    return typeof owner === 'object' && owner !== null && 'pid' in owner ? (owner as LockOwner) : undefined;
  } catch {
    return undefined; // being written right now
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // exists, owned by another user
  }
}
