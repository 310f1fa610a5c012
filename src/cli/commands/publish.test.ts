import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startBroker } from '../../broker/index.ts';
import { run } from './publish.ts';

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('seam publish', () => {
  it('exits 2 naming what is missing', async () => {
    const { err, io } = captured();
    assert.equal(await run(['pacts'], io), 2);
    assert.match(err.join(''), /Missing --consumer-app-version, --broker-url/);
  });

  it('publishes every pact in a folder and prints where each went', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seam-publish-'));
    try {
      for (const provider of ['orders', 'billing'])
        await writeFile(
          join(dir, `web-${provider}.json`),
          JSON.stringify({ consumer: { name: 'web' }, provider: { name: provider }, interactions: [] }),
        );
      await using broker = await startBroker();
      const { out, io } = captured();
      assert.equal(await run([dir, '--consumer-app-version', '3', '--broker-url', broker.url], io), 0);
      assert.match(
        out.join(''),
        /web 3 → billing \(http:.*\/pacts\/provider\/billing\/consumer\/web\/version\/3\)/,
      );
      assert.equal((await broker.store.latestPacts({ provider: 'orders' })).length, 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 when the broker cannot be reached', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seam-publish-'));
    try {
      await writeFile(
        join(dir, 'p.json'),
        JSON.stringify({ consumer: { name: 'web' }, provider: { name: 'orders' } }),
      );
      const { err, io } = captured();
      assert.equal(
        await run([dir, '--consumer-app-version', '3', '--broker-url', 'http://127.0.0.1:9'], io),
        1,
      );
      assert.match(err.join(''), /cannot reach the Pact Broker/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
