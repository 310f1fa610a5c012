import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { withFileLock } from './file-lock.ts';

describe('withFileLock', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-file-lock-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs one holder at a time', async () => {
    const lock = path.join(dir, 'serial.lock');
    let inside = 0;
    let most = 0;
    const holder = () =>
      withFileLock(lock, async () => {
        inside++;
        most = Math.max(most, inside);
        await new Promise((resolve) => setImmediate(resolve));
        inside--;
      });
    await Promise.all(Array.from({ length: 10 }, holder));
    assert.equal(most, 1);
  });

  it('releases the lock when the action throws', async () => {
    const lock = path.join(dir, 'throws.lock');
    await assert.rejects(
      withFileLock(lock, async () => {
        throw new Error('inside');
      }),
      /inside/,
    );
    assert.equal(await withFileLock(lock, async () => 'again'), 'again');
  });

  it('takes over a lock older than staleMs, even from an unknown holder', async () => {
    const lock = path.join(dir, 'old.lock');
    await writeFile(lock, 'not json');
    const past = new Date(Date.now() - 120_000);
    await utimes(lock, past, past);
    assert.equal(await withFileLock(lock, async () => 'taken', { staleMs: 60_000 }), 'taken');
    assert.deepEqual(
      (await readdir(dir)).filter((f) => f.startsWith('old')),
      [],
    );
  });
});
