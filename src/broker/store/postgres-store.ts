/** The team store: {@link BrokerStore} over PostgreSQL (node-postgres), with the same migrations. */
import type { Clock } from '../../core/index.ts';
import type { BrokerStore } from './broker-store.ts';
import { refuseNewer } from './migrate.ts';
import { type Migration, migrationSql, migrations } from './migrations.ts';
import { openPostgresDriver, redactUrl } from './postgres-driver.ts';
import type { SqlDriver } from './sql-driver.ts';
import { createSqlStore } from './sql-store.ts';

export { isPostgresUrl, redactUrl } from './postgres-driver.ts';

/**
 * Where the PostgreSQL store connects.
 *
 * @example
 * const options: PostgresStoreOptions = { databaseUrl: 'postgres://seam@db.internal:5432/broker' };
 */
export interface PostgresStoreOptions {
  /** A `postgres://` (or `postgresql://`) connection URL. */
  readonly databaseUrl: string;
  /** Tables live in this schema (`search_path`); default the database's own search path. */
  readonly schema?: string;
  /** Milliseconds to wait for a connection (default 5000). */
  readonly connectTimeoutMs?: number;
  /** Milliseconds any one statement may run (default 30000). */
  readonly statementTimeoutMs?: number;
  /** Connections kept at most (default 10). */
  readonly maxConnections?: number;
  /** The time written on new rows (default: the system clock). */
  readonly clock?: Clock;
  /** @deprecated Use `clock`; still read when `clock` is not given. */
  readonly now?: Clock;
  /** The schema steps (default: all of them); tests pass fewer. */
  readonly migrations?: readonly Migration[];
}

// A fixed key for pg_advisory_xact_lock, so that brokers starting together migrate one at a time.
const migrationLock = 0x5ea3_b0c4;

/**
 * Opens (migrating as needed) the PostgreSQL store.
 *
 * @throws SeamError `io` naming the URL (without password) when the database is unreachable;
 *   `config` when the database was written by a newer broker.
 * @example
 * const store = await openPostgresStore({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/broker' });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<BrokerStore> {
  const driver = await openPostgresDriver(options);
  try {
    await migratePostgres(driver, redactUrl(options.databaseUrl), options.migrations ?? migrations);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return createSqlStore(driver, options.clock ?? options.now, 'postgres');
}

function migratePostgres(driver: SqlDriver, where: string, known: readonly Migration[]): Promise<void> {
  return driver.transaction(async (tx) => {
    await tx.run('SELECT pg_advisory_xact_lock(?)', [migrationLock]);
    await tx.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const row = await tx.get('SELECT MAX(version) AS version FROM schema_migrations');
    const current = (row?.version as number | null | undefined) ?? 0;
    refuseNewer(current, known, where, 'point --database-url at another database');
    for (const migration of known.filter((step) => step.version > current)) {
      await tx.run(migrationSql(migration, 'postgres'));
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
  });
}
