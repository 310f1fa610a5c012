import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pactCorpusFiles } from '../../../test/support/pact-corpus-files.ts';
import { referenceStringifyJson } from '../../../test/support/reference-json-text.ts';
import { isSeamError } from '../../core/index.ts';
import type { HttpInteraction, Pact, ProviderState } from '../model/pact.ts';
import { writePactJson } from '../pact-json/write-pact.ts';
import { validatePact } from '../validation/validate-pact.ts';
import { loadPactFile, savePactFile } from './load-and-save.ts';
import { mergePactFile, mergePacts } from './merge-pact-file.ts';

const worker = fileURLToPath(new URL('../../../test/support/merge-pact-worker.ts', import.meta.url));

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

/** The merge as it was: load and parse the whole file, merge, write it all with the old writer. */
async function previousMerge(file: string, incoming: Pact, spec: 'V3' | 'V4'): Promise<void> {
  const existing = existsSync(file) ? await loadPactFile(file) : undefined;
  const merged = existing === undefined ? incoming : mergePacts(existing, incoming, spec, file);
  await writeFile(file, `${referenceStringifyJson(writePactJson(merged, spec), 2)}\n`);
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

  it('writes byte for byte what loading and rewriting the whole file wrote, merge after merge', async () => {
    for (const [index, source] of pactCorpusFiles().entries()) {
      const pact = await loadPactFile(source);
      const spec = pact.specVersion === 'V4' ? 'V4' : 'V3';
      const [fast, slow] = ['fast', 'slow'].map((name) => path.join(dir, 'corpus', `${index}-${name}.json`));
      // One interaction per merge, as a consumer suite writes them, then all of them again.
      const steps = [...pact.interactions.map((i) => ({ ...pact, interactions: [i] })), pact];
      for (const step of steps) {
        const outcomes = await Promise.allSettled([
          mergePactFile(fast as string, step, { spec }),
          previousMerge(slow as string, step, spec),
        ]);
        assert.deepEqual(
          outcomes.map((o) => o.status),
          [outcomes[1]?.status, outcomes[1]?.status],
        );
        if (outcomes[1]?.status === 'rejected') break;
        assert.equal(await readFile(fast as string, 'utf8'), await readFile(slow as string, 'utf8'), source);
      }
    }
  });

  it('reads the file again when another writer changed it, even to the same size', async () => {
    const file = path.join(dir, 'changed.json');
    await mergePactFile(file, pact([http('a')]));
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"description": "a"', '"description": "z"'));
    await mergePactFile(file, pact([http('b')]));
    assert.deepEqual(
      (await loadPactFile(file)).interactions.map((i) => i.description),
      ['z', 'b'],
    );
  });

  it('writes nothing when the merge is refused, and goes on from the file', async () => {
    const file = path.join(dir, 'refused.json');
    await mergePactFile(file, pact([http('a')]));
    const before = await readFile(file, 'utf8');
    await assert.rejects(
      mergePactFile(file, pact([http('b')], { consumer: { name: 'other' } })),
      /for consumer/,
    );
    assert.equal(await readFile(file, 'utf8'), before);
    await mergePactFile(file, pact([http('b')]));
    assert.deepEqual(
      (await loadPactFile(file)).interactions.map((i) => i.description),
      ['a', 'b'],
    );
  });

  it('writes what rewriting the whole file wrote for interactions built in code, V3 and V4', async () => {
    const body = (text: string) =>
      ({ state: 'present', content: Buffer.from(text), contentType: 'application/json' }) as const;
    const built = (i: number): Pact['interactions'] => [
      {
        ...http(`get ${i % 3}`, 200 + i, [{ name: 'at', params: { when: new Date(i), n: 2 ** 60 } }]),
        response: { status: 200, body: body(`{"id":${i},"price":1.50}`) },
      },
      {
        kind: 'message',
        description: `event ${i % 2}`,
        providerStates: [],
        message: { contents: body(`{"seq":${i}}`), metadata: { topic: 't' } },
      },
    ];
    for (const spec of ['V3', 'V4'] as const) {
      const [fast, slow] = ['fast', 'slow'].map((name) => path.join(dir, 'built', `${spec}-${name}.json`));
      for (let i = 0; i < 6; i++) {
        const step = pact(built(i) as HttpInteraction[], { specVersion: spec });
        await mergePactFile(fast as string, step, { spec });
        await previousMerge(slow as string, step, spec);
        assert.equal(await readFile(fast as string, 'utf8'), await readFile(slow as string, 'utf8'));
      }
    }
  });

  it('leaves no file descriptor open after merging', { skip: process.platform !== 'linux' }, async () => {
    const file = path.join(dir, 'descriptors.json');
    const open = async () => (await readdir('/proc/self/fd')).length;
    await mergePactFile(file, pact([http('warm-up')]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = await open();
    for (let i = 0; i < 20; i++) await mergePactFile(file, pact([http(`d${i}`)]));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the replaced files close on the thread pool
    assert.equal(await open(), before);
  });

  it('sees the current description of an interaction object its caller changed between merges', () => {
    const mine = http('a');
    const first = mergePacts(pact([mine]), pact([http('a', 404)]), 'V4', 'f.json');
    assert.equal(first.interactions.length, 1);
    (mine as { description: string }).description = 'b';
    const second = mergePacts(pact([mine]), pact([http('a', 404)]), 'V4', 'f.json');
    assert.deepEqual(
      second.interactions.map((i) => i.description),
      ['b', 'a'],
    );
  });
});
