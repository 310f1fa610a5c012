import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { capturedIo } from '../../../test/support/captured-io.ts';
import { httpPact } from '../../../test/support/sample-pacts.ts';
import { startBroker } from '../../broker/index.ts';
import { run } from './publish.ts';

describe('seam publish', () => {
  it('exits 2 naming what is missing', async () => {
    const { errors, io } = capturedIo();
    assert.equal(await run(['pacts'], io), 2);
    assert.match(errors(), /Missing --consumer-app-version, --broker-url/);
  });

  it('publishes every pact in a folder and prints where each went', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seam-publish-'));
    try {
      for (const provider of ['orders', 'billing'])
        await writeFile(
          join(dir, `web-${provider}.json`),
          JSON.stringify(httpPact([], { provider, specVersion: null })),
        );
      await using broker = await startBroker();
      const { text, io } = capturedIo();
      assert.equal(await run([dir, '--consumer-app-version', '3', '--broker-url', broker.url], io), 0);
      assert.match(
        text(),
        /web 3 → billing \(http:.*\/pacts\/provider\/billing\/consumer\/web\/version\/3\)/,
      );
      assert.equal((await broker.store.latestPacts({ provider: 'orders' })).length, 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('tags the consumer version with every --tag, as pact-broker publish --tag does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seam-publish-'));
    try {
      await writeFile(join(dir, 'web-orders.json'), JSON.stringify(httpPact([], { specVersion: null })));
      await using broker = await startBroker();
      const { io } = capturedIo();
      const args = [
        dir,
        '--consumer-app-version',
        '4',
        '--tag',
        'prod',
        '-t',
        'eu',
        '--broker-url',
        broker.url,
      ];
      assert.equal(await run(args, io), 0);
      const tags = await broker.store.tagsOfVersions([{ pacticipant: 'web', version: '4' }]);
      assert.deepEqual([...(tags.get('web@4') ?? [])].sort(), ['eu', 'prod']);
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
      const { errors, io } = capturedIo();
      assert.equal(
        await run([dir, '--consumer-app-version', '3', '--broker-url', 'http://127.0.0.1:9'], io),
        1,
      );
      assert.match(errors(), /cannot reach the Pact Broker/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
