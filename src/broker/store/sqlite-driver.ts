/** {@link SqlDriver} over a node:sqlite database. */
import type { DatabaseSync } from 'node:sqlite';
import type { SqlDriver, SqlExecutor } from './sql-driver.ts';
import type { Row } from './sql-rows.ts';

/**
 * Wraps an open node:sqlite database; closing the driver closes it.
 *
 * @example
 * const driver = createSqliteDriver(new DatabaseSync(':memory:'));
 */
export function createSqliteDriver(db: DatabaseSync): SqlDriver {
  const direct: SqlExecutor = {
    all: async (sql, params = []) => db.prepare(sql).all(...params) as Row[],
    get: async (sql, params = []) => db.prepare(sql).get(...params) as Row | undefined,
    run: async (sql, params = []) => ({ changes: Number(db.prepare(sql).run(...params).changes) }),
  };
  // One connection: while a transaction awaits between statements, every other call waits its
  // turn, so nothing interleaves with it (as when the store's transactions were synchronous).
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => {});
    return result;
  };
  return {
    all: (sql, params) => exclusive(() => direct.all(sql, params)),
    get: (sql, params) => exclusive(() => direct.get(sql, params)),
    run: (sql, params) => exclusive(() => direct.run(sql, params)),
    transaction: (work) => exclusive(() => inTransaction(db, () => work(direct))),
    close: () =>
      exclusive(async () => {
        if (db.isOpen) db.close();
      }),
  };
}

async function inTransaction<T>(db: DatabaseSync, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
