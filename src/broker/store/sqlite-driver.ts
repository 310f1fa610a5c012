/** {@link SqlDriver} over a node:sqlite database. */
import type { DatabaseSync } from 'node:sqlite';
import type { SqlDriver, SqlExecutor, SqlParam } from './sql-driver.ts';

/**
 * Wraps an open node:sqlite database; closing the driver closes it.
 *
 * @example
 * const driver = createSqliteDriver(new DatabaseSync(':memory:'));
 */
export function createSqliteDriver(db: DatabaseSync): SqlDriver {
  const direct: SqlExecutor = {
    all: async <R extends object>(sql: string, params: readonly SqlParam[] = []) =>
      db.prepare(sql).all(...params) as R[],
    get: async <R extends object>(sql: string, params: readonly SqlParam[] = []) =>
      db.prepare(sql).get(...params) as R | undefined,
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
    all: <R extends object>(sql: string, params?: readonly SqlParam[]) =>
      exclusive(() => direct.all<R>(sql, params)),
    get: <R extends object>(sql: string, params?: readonly SqlParam[]) =>
      exclusive(() => direct.get<R>(sql, params)),
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
