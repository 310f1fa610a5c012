/** What every concern of the SQL store shares: the database, its dialect and the time. */
import type { Dialect } from './migrations.ts';
import type { SqlDriver } from './sql-driver.ts';

/**
 * The open database a concern's queries run on.
 *
 * @example
 * const context: StoreContext = { driver, dialect: 'sqlite', timestamp: () => new Date().toISOString() };
 */
export interface StoreContext {
  readonly driver: SqlDriver;
  readonly dialect: Dialect;
  /** Now, as the ISO 8601 text the tables store. */
  timestamp(): string;
}
