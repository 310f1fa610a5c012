import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { describeStoreContract } from '../../../test/integration/broker/store-contract.ts';
import {
  createTestSchema,
  type TestSchema,
  testDatabaseUrl,
} from '../../../test/support/postgres-test-schema.ts';
import { isSeamError } from '../../core/index.ts';
import type { BrokerStore } from './broker-store.ts';
import { migrations } from './migrations.ts';
import { isPostgresUrl, openPostgresStore, redactUrl } from './postgres-store.ts';

// Each store gets its own schema, dropped after the run.
const schemas: TestSchema[] = [];
after(async () => {
  await Promise.all(schemas.map((schema) => schema.drop()));
});
const fresh = async () => {
  const schema = await createTestSchema();
  schemas.push(schema);
  return schema;
};

describeStoreContract('openPostgresStore', async () => {
  const { schema } = await fresh();
  return openPostgresStore({ databaseUrl: testDatabaseUrl, schema });
});

describe('openPostgresStore', () => {
  let schema: TestSchema;
  before(async () => {
    schema = await fresh();
  });

  it('runs the same migrations once, and refuses a database written by a newer broker', async () => {
    let store: BrokerStore = await openPostgresStore({ databaseUrl: schema.databaseUrl });
    await store.recordVersion('web', '1');
    await store.close();
    store = await openPostgresStore({ databaseUrl: schema.databaseUrl });
    assert.equal((await store.listPacticipants()).length, 1);
    await store.close();
    const client = new pg.Client({ connectionString: schema.databaseUrl });
    await client.connect();
    const rows = (await client.query('SELECT version FROM schema_migrations ORDER BY version')).rows;
    assert.deepEqual(
      rows.map((row) => row.version),
      migrations.map((step) => step.version),
    );
    await client.query(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')",
    );
    await client.end();
    await assert.rejects(
      openPostgresStore({ databaseUrl: schema.databaseUrl }),
      (error) =>
        isSeamError(error, 'config') &&
        error.message.includes('schema version 999') &&
        error.message.includes(`up to ${migrations.at(-1)?.version}; upgrade seam`),
    );
  });

  it('names the database URL, without its password, when it is unreachable', async () => {
    await assert.rejects(
      openPostgresStore({ databaseUrl: 'postgres://seam:s3cret@127.0.0.1:1/broker', connectTimeoutMs: 2000 }),
      (error) =>
        isSeamError(error, 'io') &&
        error.message.includes('postgres://seam:***@127.0.0.1:1/broker') &&
        !error.message.includes('s3cret'),
    );
  });

  it('recognises and redacts URLs', () => {
    assert.equal(isPostgresUrl('postgresql://h/db'), true);
    assert.equal(isPostgresUrl('./data'), false);
    assert.equal(redactUrl('postgres://u:p@h:5432/db'), 'postgres://u:***@h:5432/db');
  });
});
