/** The embedded store: {@link BrokerStore} over built-in node:sqlite, file-backed with WAL. */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { type Clock, errorMessage, makeDirectory, SeamError } from '../../core/index.ts';
import type { BrokerStore } from './broker-store.ts';
import { migrate } from './migrate.ts';
import { createSqlStore } from './sql-store.ts';
import { createSqliteDriver } from './sqlite-driver.ts';

/**
 * Where the embedded store keeps its data.
 *
 * @example
 * const options: SqliteStoreOptions = { dataDir: './broker-data' };
 */
export interface SqliteStoreOptions {
  /** A folder (created if missing) holding `broker.sqlite`, or `:memory:` (the default). */
  readonly dataDir?: string;
  /** The time written on new rows (default: the system clock). */
  readonly clock?: Clock;
  /** @deprecated Use `clock`; still read when `clock` is not given. */
  readonly now?: Clock;
}

/**
 * Opens (creating and migrating as needed) the embedded store.
 *
 * @throws SeamError `config` when the database was written by a newer broker; `io` when the data folder
 *   cannot be created (or is a file) or its broker.sqlite cannot be opened as a database.
 * @example
 * const store = openSqliteStore({ dataDir: ':memory:' });
 * await store.recordVersion('web', '1.0.0', 'main');
 */
export function openSqliteStore(options: SqliteStoreOptions = {}): BrokerStore {
  const dataDir = options.dataDir ?? ':memory:';
  const file = dataDir === ':memory:' ? ':memory:' : join(makeDirectory(dataDir), 'broker.sqlite');
  const db = openDatabase(file);
  try {
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return createSqlStore(createSqliteDriver(db), options.clock ?? options.now);
}

/** Opens `file` with the store's settings; a file SQLite cannot open is a SeamError naming it. */
function openDatabase(file: string): DatabaseSync {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file);
    db.exec('PRAGMA foreign_keys = ON');
    if (file !== ':memory:') db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000');
    return db;
  } catch (error) {
    if (db?.isOpen) db.close();
    throw new SeamError('io', `cannot open the broker database: ${errorMessage(error)}`, {
      location: file,
      cause: error,
    });
  }
}
