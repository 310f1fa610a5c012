/**
 * Durability of the embedded broker (issue 4 §5), as correctness checks with bounded counts and
 * time, no timing assertions: concurrent publishers lose no acknowledged write, and a broker
 * killed with SIGKILL mid-burst restarts on an intact database holding every acknowledged write.
 * The 100 clients × 60 s version is `npm run bench broker-durability`.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { missingWrites, publishUntil } from '../../../bench/broker-writes.ts';
import { startBroker } from '../../../src/broker/index.ts';

const cliMain = new URL('../../../src/cli/main.ts', import.meta.url).href;

/** Starts `seam broker serve --data DIR --port 0` as a child process and reads its URL. */
async function serveChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const script = `const { main } = await import(${JSON.stringify(cliMain)}); process.exitCode = await main(process.argv.slice(1));`;
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', script, 'broker', 'serve', '--data', dataDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`broker did not start in 30 s: ${err}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`broker exited with ${code} before listening: ${err}`));
    });
  });
  return { child, url };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('broker durability', () => {
  it('keeps every write acknowledged to 20 concurrent publishers over 5 s', async (t) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'seam-durability-'));
    try {
      let acks: Awaited<ReturnType<typeof publishUntil>>;
      {
        await using broker = await startBroker({ dataDir });
        const deadline = Date.now() + 5_000;
        const clients = Array.from({ length: 20 }, (_, client) =>
          publishUntil(broker.url, client, () => Date.now() >= deadline),
        );
        acks = (await Promise.all(clients)).flat();
      }
      await using reopened = await startBroker({ dataDir });
      t.diagnostic(`${acks.length} acknowledged writes`);
      assert.ok(acks.length > 0, 'some writes were acknowledged');
      assert.deepEqual(await missingWrites(reopened.url, acks), []);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('restarts after kill -9 during a burst of publishes with an intact database and every acknowledged write', async (t) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'seam-durability-'));
    let child: ChildProcess | undefined;
    try {
      const first = await serveChild(dataDir);
      child = first.child;
      let killed = false;
      const clients = Array.from({ length: 10 }, (_, client) =>
        publishUntil(first.url, client, () => killed),
      );
      // Kill once the burst is well under way.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      first.child.kill('SIGKILL');
      await exited(first.child);
      killed = true;
      const acks = (await Promise.all(clients)).flat();
      t.diagnostic(`${acks.length} writes acknowledged before the kill`);
      assert.ok(acks.length > 0, 'some writes were acknowledged before the kill');

      const db = new DatabaseSync(join(dataDir, 'broker.sqlite'));
      try {
        assert.equal(db.prepare('PRAGMA integrity_check').get()?.integrity_check, 'ok');
      } finally {
        db.close();
      }
      const second = await serveChild(dataDir);
      child = second.child;
      assert.deepEqual(await missingWrites(second.url, acks), []);
    } finally {
      if (child !== undefined && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited(child);
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
