/**
 * The same pact-js-style suites, run under pact-js 17 and under seam/pact-js: every test must have
 * the outcome it has under pact-js (pass or fail), and the pact files written must be equivalent.
 * Each suite runs in a child process per implementation (run-suite.ts).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { normalisePact } from '../contract/interop/normalise-pact.ts';
import { suites } from './suites/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const implementations = [
  { name: 'pact-js 17', specifier: '@pact-foundation/pact' },
  { name: 'seam/pact-js', specifier: '../../../src/pact-js/index.ts' },
] as const;

type Outcomes = Record<string, { readonly outcome: 'pass' | 'fail'; readonly error?: string }>;

let root = '';
before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'seam-pact-js-compat-'));
});
after(() => rm(root, { recursive: true, force: true }));

for (const [suiteName, suite] of Object.entries(suites)) {
  describe(suite.title, () => {
    const outcomes = new Map<string, Outcomes>();
    const dirs = new Map<string, string>();

    before(async () => {
      for (const implementation of implementations) {
        const dir = path.join(root, suiteName, implementation.name.replace(/\W+/g, '-'));
        await mkdir(dir, { recursive: true });
        dirs.set(implementation.name, dir);
        const file = path.join(dir, 'outcomes.out');
        const args = [path.join(here, 'run-suite.ts'), suiteName, implementation.specifier, dir, file];
        await promisify(execFile)(process.execPath, args, { cwd: here, maxBuffer: 64 * 1024 * 1024 });
        outcomes.set(implementation.name, JSON.parse(await readFile(file, 'utf8')) as Outcomes);
      }
    });

    for (const test of suite.cases) {
      it(`${test.name}, under pact-js 17 and under seam/pact-js alike`, () => {
        for (const implementation of implementations) {
          const result = outcomes.get(implementation.name)?.[test.name];
          assert.equal(result?.outcome, test.expect, `${implementation.name}: ${result?.error ?? 'passed'}`);
        }
      });
    }

    it('writes equivalent pact files under both', async () => {
      const [reference = '', seam = ''] = implementations.map((implementation) =>
        dirs.get(implementation.name),
      );
      const pactFiles = async (dir: string) =>
        (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
      const files = await pactFiles(reference);
      assert.deepEqual(await pactFiles(seam), files);
      for (const file of files)
        assert.deepEqual(
          comparable(await normalisePact(path.join(seam, file))),
          comparable(await normalisePact(path.join(reference, file))),
          file,
        );
    });
  });
}

/** The Pact core writes `pending: false` on every V4 interaction; seam leaves the default out. */
function comparable(pact: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(pact).map(([description, interaction]) => {
      if (typeof interaction !== 'object' || interaction === null) return [description, interaction];
      const { pending, ...rest } = interaction as Record<string, unknown>;
      return [description, pending === false ? rest : interaction];
    }),
  );
}
