/** Bringing an embedded database up to the broker's schema, and refusing one that is newer. */
import type { DatabaseSync } from 'node:sqlite';
import { SeamError } from '../../core/index.ts';
import { type Migration, migrations } from './migrations.ts';

/**
 * Runs the migrations the database has not seen yet, each in its own transaction, recording them
 * in `schema_migrations`.
 *
 * @throws SeamError `config` when the database was written by a newer broker.
 * @example
 * migrate(new DatabaseSync(':memory:'), 'memory');
 */
export function migrate(db: DatabaseSync, where: string, known: readonly Migration[] = migrations): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as
    | { version: number | null }
    | undefined;
  const current = row?.version ?? 0;
  refuseNewer(current, known, where, 'point --data at another folder');
  for (const migration of known.filter((step) => step.version > current)) apply(db, migration);
}

function apply(db: DatabaseSync, migration: Migration): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      migration.version,
      migration.name,
      new Date().toISOString(),
    );
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Throws when the database's schema is newer than the known migrations.
 *
 * @throws SeamError `config` naming both schema versions.
 * @example
 * refuseNewer(3, migrations, 'broker.sqlite', 'point --data at another folder');
 */
export function refuseNewer(
  current: number,
  known: readonly Migration[],
  where: string,
  elsewhere: string,
): void {
  const latest = known.at(-1)?.version ?? 0;
  if (current > latest)
    throw new SeamError(
      'config',
      `the broker database is at schema version ${current}, but this seam knows versions up to ${latest}; upgrade seam, or ${elsewhere}`,
      { location: where },
    );
}
