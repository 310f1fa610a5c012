import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, it } from 'node:test';
import { isSeamError } from '../../core/errors.ts';
import { migrations } from './migrations.ts';
import { openSqliteStore } from './sqlite-store.ts';

const pact = (consumer: string, provider: string, extra = {}) =>
  JSON.stringify({ consumer: { name: consumer }, provider: { name: provider }, interactions: [], ...extra });

describe('openSqliteStore', () => {
  const dirs: string[] = [];
  after(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seam-broker-'));
    dirs.push(dir);
    return dir;
  };

  it('runs the migrations once, records them, and keeps data across reopening', async () => {
    const dir = await tempDir();
    const first = openSqliteStore({ dataDir: dir });
    await first.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '1',
      content: pact('web', 'orders'),
    });
    await first.close();
    const second = openSqliteStore({ dataDir: dir });
    assert.equal((await second.listPacticipants()).length, 2);
    await second.close();
    const db = new DatabaseSync(join(dir, 'broker.sqlite'));
    const rows = db.prepare('SELECT version FROM schema_migrations').all();
    assert.deepEqual(
      rows.map((row) => row.version),
      migrations.map((step) => step.version),
    );
    assert.equal((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
    db.close();
  });

  it('refuses a database written by a newer broker, naming both schema versions', async () => {
    const dir = await tempDir();
    await openSqliteStore({ dataDir: dir }).close();
    const db = new DatabaseSync(join(dir, 'broker.sqlite'));
    db.prepare(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')",
    ).run();
    db.close();
    assert.throws(
      () => openSqliteStore({ dataDir: dir }),
      (error) =>
        isSeamError(error, 'config') &&
        error.message.includes(`schema version 999`) &&
        error.message.includes(`up to ${migrations.at(-1)?.version}; upgrade seam`),
    );
  });

  it('stores identical content once, whatever its key order', async () => {
    const store = openSqliteStore();
    const a = await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '1',
      content: pact('web', 'orders'),
    });
    const reordered = JSON.stringify({
      interactions: [],
      provider: { name: 'orders' },
      consumer: { name: 'web' },
    });
    const b = await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '2',
      content: reordered,
    });
    assert.equal(a.sha, b.sha);
    assert.equal((await store.findPactBySha('orders', 'web', a.sha))?.consumerVersion, '2');
    await store.close();
  });

  it('lists the latest pact per consumer, by branch and by main branch', async () => {
    const store = openSqliteStore();
    const publish = (consumer: string, version: string, branch: string, n: number) =>
      store.publishPact({
        consumer,
        provider: 'orders',
        consumerVersion: version,
        branch,
        content: pact(consumer, 'orders', { n }),
      });
    await publish('web', '1', 'main', 1);
    await publish('web', '2', 'feat-x', 2);
    await publish('app', '7', 'develop', 3);
    const latest = await store.latestPacts({ provider: 'orders' });
    assert.deepEqual(
      latest.map((p) => `${p.consumer}@${p.consumerVersion}`),
      ['app@7', 'web@2'],
    );
    const main = await store.latestPacts({ provider: 'orders', mainBranch: true });
    assert.deepEqual(
      main.map((p) => `${p.consumer}@${p.consumerVersion}`),
      ['app@7', 'web@1'],
    );
    const feature = await store.latestPacts({ provider: 'orders', branch: 'feat-x' });
    assert.deepEqual(
      feature.map((p) => p.consumerVersion),
      ['2'],
    );
    assert.equal((await store.findPacticipant('web'))?.mainBranch, 'main');
    await store.close();
  });

  it('records verification results against content and provider version, with its branch', async () => {
    const store = openSqliteStore();
    const published = await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '1',
      content: pact('web', 'orders'),
    });
    await store.recordVersion('orders', 'p1', 'main');
    assert.equal(await store.hasSuccessfulVerification('orders', published.sha), false);
    const input = {
      consumer: 'web',
      provider: 'orders',
      sha: published.sha,
      providerVersion: 'p1',
      results: {},
    };
    await store.recordVerification({ ...input, success: false });
    const second = await store.recordVerification({ ...input, success: true });
    assert.equal(second.providerBranch, 'main');
    assert.equal((await store.findVerification('orders', 'web', published.sha))?.id, second.id);
    assert.equal(await store.hasSuccessfulVerification('orders', published.sha, 'main'), true);
    assert.equal(await store.hasSuccessfulVerification('orders', published.sha, 'other'), false);
    await store.close();
  });
});
