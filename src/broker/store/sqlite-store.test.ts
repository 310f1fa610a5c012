import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, it } from 'node:test';
import { describeStoreContract } from '../../../test/integration/broker/store-contract.ts';
import { isSeamError } from '../../core/index.ts';
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
});

describeStoreContract('openSqliteStore', async () => openSqliteStore());
