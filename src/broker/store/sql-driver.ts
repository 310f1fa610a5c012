/** The few calls {@link createSqlStore} makes of a database, so one store runs on SQLite and PostgreSQL. */
import type { Row } from './sql-rows.ts';

/** A value bound to a `?` placeholder. */
export type SqlParam = string | number | null;

/** Statements in the shared dialect: `?` placeholders, `RETURNING id` for new keys. */
export interface SqlExecutor {
  /**
   * The rows of a query, typed `R` by the caller: the row types of each concern (webhook-rows.ts,
   * ...) name the columns its SQL selects, so this is the one place a row's type is taken on trust.
   */
  all<R extends object = Row>(sql: string, params?: readonly SqlParam[]): Promise<R[]>;
  get<R extends object = Row>(sql: string, params?: readonly SqlParam[]): Promise<R | undefined>;
  /** Runs a write; `changes` is the number of rows it touched. */
  run(sql: string, params?: readonly SqlParam[]): Promise<{ changes: number }>;
}

/**
 * A database the broker store runs on.
 *
 * @example
 * const id = await driver.transaction(async (tx) => (await tx.get('SELECT id FROM versions'))?.id);
 */
export interface SqlDriver extends SqlExecutor {
  /** Runs `work` in one transaction on `tx`: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
