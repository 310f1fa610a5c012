/** {@link SqlDriver} over a node-postgres pool, with the shared `?` placeholders numbered. */
import pg from 'pg';
import { SeamError } from '../../core/index.ts';
import type { SqlDriver, SqlExecutor } from './sql-driver.ts';

/**
 * How {@link openPostgresDriver} connects.
 *
 * @example
 * const options: PostgresDriverOptions = { databaseUrl: 'postgres://seam@db.internal:5432/broker' };
 */
export interface PostgresDriverOptions {
  readonly databaseUrl: string;
  /** Tables live in this schema (`search_path`); default the database's own search path. */
  readonly schema?: string | undefined;
  /** Milliseconds to wait for a connection (default 5000). */
  readonly connectTimeoutMs?: number | undefined;
  /** Milliseconds any one statement may run (default 30000). */
  readonly statementTimeoutMs?: number | undefined;
  /** Connections kept at most (default 10). */
  readonly maxConnections?: number | undefined;
}

/** True when the URL names a PostgreSQL database. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * The URL without its password, for messages.
 *
 * @example
 * redactUrl('postgres://u:secret@h/db'); // 'postgres://u:***@h/db'
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:\/\/([^:/@]*):[^@]*@/, '://$1:***@');
  }
}

/**
 * Opens a pool and checks that it connects.
 *
 * @throws SeamError `io` naming the URL (without password) when the database is unreachable.
 * @example
 * const driver = await openPostgresDriver({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/broker' });
 */
export async function openPostgresDriver(options: PostgresDriverOptions): Promise<SqlDriver> {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    max: options.maxConnections ?? 10,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    (await pool.connect()).release();
  } catch (error) {
    await pool.end();
    throw new SeamError('io', `cannot connect to the broker database: ${(error as Error).message}`, {
      location: redactUrl(options.databaseUrl),
      cause: error,
    });
  }
  return createPostgresDriver(pool);
}

function createPostgresDriver(pool: pg.Pool): SqlDriver {
  let closed = false;
  return {
    ...executor(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

function executor(db: pg.Pool | pg.PoolClient): SqlExecutor {
  const all = async <R extends object>(sql: string, params: readonly unknown[] = []) =>
    (await db.query(numbered(sql), [...params])).rows as R[];
  return {
    all,
    get: async <R extends object>(sql: string, params?: readonly unknown[]) => (await all<R>(sql, params))[0],
    run: async (sql, params = []) => ({
      changes: (await db.query(numbered(sql), [...params])).rowCount ?? 0,
    }),
  };
}

/** `?` placeholders as `$1`, `$2`, ... (the shared SQL never has `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
