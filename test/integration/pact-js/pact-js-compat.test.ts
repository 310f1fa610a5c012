/**
 * The same pact-js-style suites, run under pact-js 17 and under seam/pact-js: every test must have
 * the outcome it has under pact-js (pass or fail), and the pact files written must be equivalent.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { normalisePact } from '../contract/interop/normalise-pact.ts';
import type { PactJs, Suite } from './suite.ts';
import { consumerV3 } from './suites/consumer-v3.ts';
import { consumerV4 } from './suites/consumer-v4.ts';
import { messages } from './suites/messages.ts';

const implementations = [
  { name: 'pact-js 17', specifier: '@pact-foundation/pact' },
  { name: 'seam/pact-js', specifier: '../../../src/pact-js/index.ts' },
] as const;

type Outcome = { readonly outcome: 'pass' | 'fail'; readonly error?: string };

const suites: readonly Suite[] = [consumerV3, consumerV4, messages];

let root = '';
before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'seam-pact-js-compat-'));
});
after(() => rm(root, { recursive: true, force: true }));

for (const suite of suites) {
  describe(suite.title, () => {
    const outcomes = new Map<string, Map<string, Outcome>>();
    const dirs = new Map<string, string>();

    before(async () => {
      for (const implementation of implementations) {
        const pact = (await import(implementation.specifier)) as PactJs;
        const dir = path.join(
          root,
          suite.title.replace(/\W+/g, '-'),
          implementation.name.replace(/\W+/g, '-'),
        );
        await mkdir(dir, { recursive: true });
        dirs.set(implementation.name, dir);
        const results = new Map<string, Outcome>();
        for (const test of suite.cases) results.set(test.name, await settle(() => test.run(pact, { dir })));
        outcomes.set(implementation.name, results);
      }
    });

    for (const test of suite.cases) {
      it(`${test.name}, under pact-js 17 and under seam/pact-js alike`, () => {
        for (const implementation of implementations) {
          const result = outcomes.get(implementation.name)?.get(test.name);
          assert.equal(result?.outcome, test.expect, `${implementation.name}: ${result?.error ?? 'passed'}`);
        }
      });
    }

    it('writes equivalent pact files under both', async () => {
      const [reference, seam] = implementations.map((implementation) => dirs.get(implementation.name) ?? '');
      const files = (await readdir(reference ?? '')).filter((name) => name.endsWith('.json')).sort();
      assert.deepEqual((await readdir(seam ?? '')).filter((name) => name.endsWith('.json')).sort(), files);
      for (const file of files)
        assert.deepEqual(
          comparable(await normalisePact(path.join(seam ?? '', file))),
          comparable(await normalisePact(path.join(reference ?? '', file))),
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

async function settle(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return { outcome: 'pass' };
  } catch (error) {
    return { outcome: 'fail', error: error instanceof Error ? error.message : String(error) };
  }
}
