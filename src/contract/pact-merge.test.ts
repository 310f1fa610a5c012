import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isSeamError } from '../core/errors.ts';
import { loadPactFile, savePactFile } from './pact-file.ts';
import { mergePactFile } from './pact-merge.ts';
import type { HttpInteraction, Pact, ProviderState } from './pact-model.ts';
import { validatePact } from './validation/validate-pact.ts';

const worker = fileURLToPath(new URL('../../test/support/merge-pact-worker.ts', import.meta.url));

function http(description: string, status = 200, states: ProviderState[] = []): HttpInteraction {
  return {
    kind: 'http',
    description,
    providerStates: states,
    request: { method: 'GET', path: '/', body: { state: 'missing' } },
    response: { status, body: { state: 'missing' } },
  };
}

function pact(interactions: HttpInteraction[], overrides: Partial<Pact> = {}): Pact {
  return {
    specVersion: 'V4',
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions,
    metadata: {},
    ...overrides,
  };
}

function runWorker(file: string, id: number, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, file, String(id), String(count)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`worker ${id} exited ${code}: ${stderr}`)),
    );
  });
}

describe('mergePactFile', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-pact-merge-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the file when there is none, and leaves no lock behind', async () => {
    const file = path.join(dir, 'new', 'c-p.json');
    await mergePactFile(file, pact([http('a')]));
    assert.deepEqual(
      (await loadPactFile(file)).interactions.map((i) => i.description),
      ['a'],
    );
    assert.deepEqual(await readdir(path.dirname(file)), ['c-p.json']);
  });

  it('replaces an interaction with the same description and provider states, keeps the others', async () => {
    const file = path.join(dir, 'replace.json');
    const state = [{ name: 's', params: { id: 1, x: 'y' } }];
    await mergePactFile(file, pact([http('a', 200), http('b', 200), http('a', 200, state)]));
    await mergePactFile(
      file,
      pact([http('a', 404), http('c'), http('a', 500, [{ name: 's', params: { x: 'y', id: 1 } }])]),
    );
    const merged = (await loadPactFile(file)).interactions as HttpInteraction[];
    assert.deepEqual(
      merged.map((i) => [i.description, i.response.status]),
      [
        ['a', 404],
        ['b', 200],
        ['a', 500],
        ['c', 200],
      ],
    );
  });

  it('refuses to merge into a file of another version family or another pair', async () => {
    const file = path.join(dir, 'v3.json');
    await savePactFile(file, pact([http('a')], { specVersion: 'V3' }), 'V3');
    await assert.rejects(
      mergePactFile(file, pact([http('b')]), { spec: 'V4' }),
      (e) => isSeamError(e, 'usage') && /V3 pact and cannot take V4 interactions/.test(e.message),
    );
    await mergePactFile(file, pact([http('b')]), { spec: 'V3' });
    assert.equal((await loadPactFile(file)).interactions.length, 2);
    await assert.rejects(
      mergePactFile(file, pact([http('b')], { provider: { name: 'q' } }), { spec: 'V3' }),
      /for provider "p", not "q"/,
    );
  });

  it('takes over a lock left by a process that died', async () => {
    const file = path.join(dir, 'stale.json');
    await writeFile(
      `${file}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 17, host: (await import('node:os')).hostname(), token: 'x' }),
    );
    await mergePactFile(file, pact([http('a')]));
    assert.equal((await loadPactFile(file)).interactions.length, 1);
  });

  it('times out with a clear error on a lock held by a live process', async () => {
    const file = path.join(dir, 'held.json');
    const owner = { pid: process.pid, host: (await import('node:os')).hostname(), token: 'x', since: 'now' };
    await writeFile(`${file}.lock`, JSON.stringify(owner));
    await assert.rejects(
      mergePactFile(file, pact([http('a')]), { lock: { timeoutMs: 100 } }),
      (e) => isSeamError(e, 'io') && /could not lock within 100 ms \(held by pid \d+/.test(e.message),
    );
  });

  it('keeps every interaction when 8 processes merge into the same file at once', async () => {
    const file = path.join(dir, 'concurrent', 'workers-items.json');
    const workers = 8;
    const count = 15;
    await Promise.all(Array.from({ length: workers }, (_, id) => runWorker(file, id, count)));
    const json: unknown = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(validatePact(json).ok, true);
    const descriptions = (await loadPactFile(file)).interactions.map((i) => i.description).sort();
    const expected = ['shared'];
    for (let id = 0; id < workers; id++) for (let i = 0; i < count; i++) expected.push(`w${id}-i${i}`);
    assert.deepEqual(descriptions, expected.sort());
    assert.deepEqual(await readdir(path.dirname(file)), ['workers-items.json']);
  });
});
