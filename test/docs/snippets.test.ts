/**
 * Every code snippet in README.md and docs/*.md runs as written; each is its own test, named after
 * its file and line.
 *
 * - ```ts / ```typescript / ```js blocks run as self-contained ES modules: each is written to its own
 *   folder under .tmp/docs-snippets/ (inside the repo) and run by Node with
 *   test/docs/seam-from-source.ts, which resolves `seam` and `seam/<capability>` to
 *   src/<capability>/index.ts (only the subpaths package.json exports). So snippets test the source
 *   as it is, built or not; the package's self-reference would load dist/, stale until rebuilt.
 * - ```sh blocks whose commands start with `seam ` or `npx seam ` run command by command through
 *   bash, with `seam` on PATH running bin/seam (which loads dist/: `npm test` builds it first). A
 *   command must exit 0, or the status its comment states (`# ... exit 1`). Other sh blocks are
 *   not seam's to run.
 * - The ts blocks also type-check, all in one tsc run over src/ (a block named
 *   `docs-broker-md-118.ts` in its errors is docs/broker.md line 118).
 * - Each snippet runs in a fresh folder where `examples/` is the repo's examples, so paths such as
 *   `examples/pacts/order-service-payment-service.json` work, and files a snippet writes stay there.
 * - A block that needs a running server or outside state is preceded by `<!-- not-run: reason -->`;
 *   it is reported as skipped with that reason, so the run lists and counts them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractSnippets, isSeamCommand, type Snippet, shellCommands } from './markdown-snippets.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, '.tmp', 'docs-snippets');
const shims = join(work, 'bin');
const hook = new URL('./seam-from-source.ts', import.meta.url).href;
const moduleLanguages = new Map([
  ['ts', 'ts'],
  ['typescript', 'ts'],
  ['js', 'mjs'],
  ['javascript', 'mjs'],
]);
const shellLanguages = new Set(['sh', 'bash', 'shell']);
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

const { NODE_TEST_CONTEXT: _, ...childEnv } = process.env;

/** A fresh folder for one snippet, with the repo's examples/ in it. */
function folderFor(page: string, line: number): string {
  const dir = join(work, `${page.replace(/[^\w.-]+/g, '-')}-${line}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(root, 'examples'), join(dir, 'examples'));
  return dir;
}

function runModule(page: string, snippet: Snippet, extension: string): void {
  const dir = folderFor(page, snippet.line);
  const file = join(dir, `snippet.${extension}`);
  writeFileSync(file, snippet.code);
  const child = spawnSync(process.execPath, ['--import', hook, file], {
    cwd: dir,
    encoding: 'utf8',
    env: childEnv,
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  assert.equal(child.signal, null, `${page}:${snippet.line} still ran after 60 s\n${child.stderr}`);
  assert.equal(child.status, 0, `${page}:${snippet.line} failed:\n${child.stderr}${child.stdout}`);
}

function runShell(page: string, snippet: Snippet): void {
  const dir = folderFor(page, snippet.line);
  for (const command of shellCommands(snippet.code)) {
    assert.ok(isSeamCommand(command.text), `not a seam command (mark the block not-run): ${command.text}`);
    const child = spawnSync('bash', ['-c', command.text.replace(/^npx /, '')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...childEnv, PATH: `${shims}:${process.env.PATH ?? ''}` },
      timeout: 60_000,
      killSignal: 'SIGKILL',
    });
    assert.equal(child.signal, null, `${command.text} still ran after 60 s\n${child.stderr}`);
    assert.equal(
      child.status,
      command.exitCode,
      `${command.text} exited ${child.status}, expected ${command.exitCode}:\n${child.stderr}${child.stdout}`,
    );
  }
}

before(() => {
  assert.ok(existsSync(join(root, 'dist/cli/main.js')), 'dist/ is missing: run `npm run build` first');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(shims, { recursive: true });
  const seam = join(shims, 'seam');
  writeFileSync(seam, `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin/seam')}" "$@"\n`);
  chmodSync(seam, 0o755);
});

/** Writes every ts snippet that runs to its own file, with a tsconfig mapping `seam/*` to src/. */
function typeCheckSnippets(): { status: number | null; output: string } {
  const dir = join(work, 'types');
  mkdirSync(dir, { recursive: true });
  for (const page of pages)
    for (const snippet of extractSnippets(readFileSync(join(root, page), 'utf8')))
      if (moduleLanguages.get(snippet.language) === 'ts' && snippet.notRun === undefined)
        writeFileSync(join(dir, `${page.replace(/[^\w-]+/g, '-')}-${snippet.line}.ts`), snippet.code);
  const paths = { seam: [join(root, 'src/index.ts')], 'seam/*': [join(root, 'src/*/index.ts')] };
  const tsconfig = {
    extends: join(root, 'tsconfig.json'),
    compilerOptions: { noEmit: true, paths },
    include: ['*.ts'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  const child = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    killSignal: 'SIGKILL',
  });
  return { status: child.status, output: child.stdout + child.stderr };
}

it('every ts snippet type-checks against the source (tsc, strict; errors name docs-page-line.ts)', () => {
  const { status, output } = typeCheckSnippets();
  assert.equal(status, 0, output);
});

for (const page of pages) {
  describe(page, () => {
    for (const snippet of extractSnippets(readFileSync(join(root, page), 'utf8'))) {
      const where = `${page}:${snippet.line}`;
      const options = snippet.notRun === undefined ? {} : { skip: `not run: ${snippet.notRun}` };
      const extension = moduleLanguages.get(snippet.language);
      if (extension !== undefined)
        it(`${where} (${snippet.language}) runs as a module`, options, () =>
          runModule(page, snippet, extension),
        );
      else if (
        shellLanguages.has(snippet.language) &&
        shellCommands(snippet.code).some((c) => isSeamCommand(c.text))
      )
        it(`${where} (sh) runs its seam commands`, options, () => runShell(page, snippet));
      else if (snippet.notRun !== undefined)
        it(`${where} is marked not-run, but only ts, js and seam sh blocks are run`, () =>
          assert.fail(`remove the not-run comment above ${where}`));
    }
  });
}
