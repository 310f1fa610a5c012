import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres-test-schema.ts';
import { startServeCommand } from '../../../test/support/serve-command.ts';
import { run } from './broker-serve.ts';

describe('seam broker serve on PostgreSQL', () => {
  const schemas: TestSchema[] = [];
  after(async () => Promise.all(schemas.map((schema) => schema.drop())));

  it('serves from SEAM_BROKER_DATABASE_URL', async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    process.env.SEAM_BROKER_DATABASE_URL = schema.databaseUrl;
    try {
      const served = await startServeCommand(['--port', '0']);
      assert.match(served.text(), /data: postgres:\/\/postgres@127\.0\.0\.1:5432\/test/);
      assert.equal((await fetch(`${served.url}/pacticipants`)).status, 200);
      assert.equal(await served.stop(), 0);
    } finally {
      delete process.env.SEAM_BROKER_DATABASE_URL;
    }
  });

  it('exits 2 naming the --database-url, without its password, when it is unreachable', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => err.push(t) };
    const url = 'postgres://seam:s3cret@127.0.0.1:1/broker';
    assert.equal(await run(['--port', '0', '--database-url', url], io, Promise.resolve()), 2);
    assert.match(err.join(''), /postgres:\/\/seam:\*\*\*@127\.0\.0\.1:1\/broker/);
    assert.doesNotMatch(err.join(''), /s3cret/);
  });
});
