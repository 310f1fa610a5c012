/**
 * Test support: a fresh PostgreSQL schema per test run, so that parallel runs never collide.
 * PostgreSQL must be reachable (`.ci/run` starts it); when it is not, tests fail with a clear message.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The test database (trust auth); `SEAM_TEST_DATABASE_URL` overrides it. */
export const testDatabaseUrl =
  process.env.SEAM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema created for one test run. */
export interface TestSchema {
  readonly schema: string;
  /** {@link testDatabaseUrl} with the schema as its `search_path`. */
  readonly databaseUrl: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/**
 * Creates `seam_test_<random>`.
 *
 * @throws Error naming the URL when PostgreSQL is unreachable.
 * @example
 * const { databaseUrl, drop } = await createTestSchema();
 */
export async function createTestSchema(): Promise<TestSchema> {
  const schema = `seam_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE SCHEMA ${schema}`);
  const url = new URL(testDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    schema,
    databaseUrl: url.toString(),
    drop: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL tests need a database at ${testDatabaseUrl} (start it as .ci/run does, or set SEAM_TEST_DATABASE_URL): ${(error as Error).message}`,
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
