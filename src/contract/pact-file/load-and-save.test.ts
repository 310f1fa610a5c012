import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { loadPactFile, savePactFile } from './load-and-save.ts';

const pactJson = {
  consumer: { name: 'c' },
  provider: { name: 'p' },
  interactions: [
    {
      description: 'd',
      request: { method: 'GET', path: '/' },
      response: { status: 200, body: { ok: true } },
    },
  ],
  metadata: { pactSpecification: { version: '3.0.0' } },
};

describe('pact files', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-pact-file-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads a file that starts with a byte-order mark', async () => {
    const file = path.join(dir, 'bom.json');
    await writeFile(file, `\uFEFF${JSON.stringify(pactJson)}`);
    assert.equal((await loadPactFile(file)).consumer.name, 'c');
  });

  it('names the file in a JSON syntax error', async () => {
    const file = path.join(dir, 'broken.json');
    await writeFile(file, '{ "consumer": ');
    await assert.rejects(
      loadPactFile(file),
      (e) => isSeamError(e, 'parse') && e.message.startsWith(`${file}: not valid JSON`),
    );
  });

  it('refuses a missing file, a folder, and a file over the size cap', async () => {
    await assert.rejects(loadPactFile(path.join(dir, 'missing.json')), /no such file or directory/);
    await assert.rejects(loadPactFile(dir), /not a regular file/);
    const big = path.join(dir, 'big.json');
    await writeFile(big, JSON.stringify(pactJson));
    await assert.rejects(
      loadPactFile(big, { maxBytes: 10 }),
      (e) => isSeamError(e, 'io') && /more than the 10-byte limit/.test(e.message),
    );
  });

  it('refuses a FIFO instead of blocking on it', { skip: process.platform === 'win32' }, async () => {
    const fifo = path.join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    await assert.rejects(loadPactFile(fifo), /not a regular file/);
  });

  it('saves atomically, creating the folder, and reads back the same pact', async () => {
    const source = path.join(dir, 'source.json');
    await writeFile(source, JSON.stringify(pactJson));
    const pact = await loadPactFile(source);
    const target = path.join(dir, 'out', 'nested', 'c-p.json');
    await savePactFile(target, pact, 'V3');
    assert.deepEqual(await loadPactFile(target), pact);
    assert.deepEqual(await readdir(path.dirname(target)), ['c-p.json']);
    assert.match(await readFile(target, 'utf8'), /^\{\n {2}"consumer"/);
  });
});
