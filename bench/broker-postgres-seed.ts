/**
 * The broker bench's bulk path into PostgreSQL: copies every row the embedded store wrote (through
 * the BrokerStore interface) into a PostgreSQL schema that `openPostgresStore` has migrated, so
 * both stores hold exactly the same data, ids and timestamps included. Seeding 200,000
 * verifications one `recordVerification` at a time costs a dozen round trips each on PostgreSQL;
 * this costs one multi-row `INSERT ... SELECT FROM unnest(...)` per 5,000 rows.
 */
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';

const batchRows = 5000;

/**
 * Copies the broker tables of the SQLite file into the (migrated, empty) PostgreSQL database the
 * URL points at, moves each identity column's sequence past the copied ids (so that later inserts
 * through the store do not collide), and runs `VACUUM ANALYZE` and `CHECKPOINT`. Returns the rows
 * copied per table.
 *
 * @throws Error when PostgreSQL refuses a row (a schema that differs from the embedded one).
 * @example
 * const copied = await copySqliteToPostgres('/dev/shm/seam-bench-broker-x/broker.sqlite', databaseUrl);
 * copied.verification_results; // 200000
 */
export async function copySqliteToPostgres(
  sqliteFile: string,
  databaseUrl: string,
): Promise<Record<string, number>> {
  const source = new DatabaseSync(sqliteFile, { readOnly: true });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const copied: Record<string, number> = {};
  try {
    // Every broker table, in the order the migrations created them: parents before children, so
    // that every foreign key holds as rows arrive.
    const tables = source
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY rowid",
      )
      .all()
      .map((row) => String(row.name));
    await client.query('BEGIN');
    for (const table of tables) copied[table] = await copyTable(source, client, table);
    await client.query('COMMIT');
    // As a long-lived database would be: planner statistics, a visibility map, and the load's WAL
    // checkpointed, so that neither autovacuum nor a checkpoint starts on it while the bench times.
    await client.query('VACUUM ANALYZE');
    // CHECKPOINT needs a superuser (or pg_checkpoint); without one, the timing may see it later.
    await client.query('CHECKPOINT').catch(() => {});
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
    source.close();
  }
  return copied;
}

async function copyTable(source: DatabaseSync, client: pg.Client, table: string): Promise<number> {
  // The target's columns, in order, with their types: both schemas come from the same migrations.
  const columns = (
    await client.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    )
  ).rows;
  if (columns.length === 0) throw new Error(`PostgreSQL has no table ${table} in the current schema`);
  const names = columns.map((column) => column.column_name);
  const casts = columns.map((column, i) => `$${i + 1}::${column.data_type}[]`);
  const insert = `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`;
  const rows = source.prepare(`SELECT ${names.join(', ')} FROM ${table} ORDER BY rowid`).iterate();
  let batch: unknown[][] = names.map(() => []);
  let pending = 0;
  let total = 0;
  const flush = async () => {
    if (pending === 0) return;
    await client.query(insert, batch);
    total += pending;
    batch = names.map(() => []);
    pending = 0;
  };
  for (const row of rows as Iterable<Record<string, unknown>>) {
    for (const [i, name] of names.entries()) batch[i]?.push(row[name] ?? null);
    if (++pending === batchRows) await flush();
  }
  await flush();
  if (names.includes('id') && total > 0)
    await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT MAX(id) FROM ${table}))`, [
      table,
    ]);
  return total;
}
