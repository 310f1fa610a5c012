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
 *   not seam's to run. Every command of such a block must be a seam command.
 * - Shell variables a reader's CI would set have sample values (test/docs/sample-variables.ts:
 *   `$GIT_SHA`, `$CI_TOKEN`, `$DEV_PASSWORD`); `PACT_BROKER_*` and `SEAM_BROKER_*` variables of the
 *   test's own environment are not passed on.
 * - A seam sh block that does not serve (client commands) runs against a broker of its own
 *   (test/docs/seeded-broker.ts): a seam broker on a free port, at `PACT_BROKER_BASE_URL` (which
 *   every seam broker command reads, as the Pact CLI does), holding web's pact with orders at
 *   version `$GIT_SHA` verified by orders `$GIT_SHA`, and version 5.1.0 of ios-app;
 *   `$PROVIDER_BASE_URL` is an orders provider honouring that pact, and `pacts/web-orders.json` is
 *   that pact. So docs show `PACT_BROKER_BASE_URL`, not `--broker-url http://localhost:9292`.
 * - A `seam broker serve` command serves until stopped, so it runs in a block of its own
 *   (test/docs/run-until-stopped.ts): started with `PACT_BROKER_PORT=0` (a free port), it must print
 *   its `listening on URL` line within 15 s and answer `GET /` with the HAL index (sent with
 *   `Bearer $CI_TOKEN`), then stop cleanly on SIGTERM (exit 0 within 10 s, nothing on stderr). The
 *   harness substitutes nothing: a serve block naming `--port` fails, since the flag would win over
 *   `PACT_BROKER_PORT`; docs rely on the default port, 9292, which is what a reader gets.
 * - The ts blocks also type-check, all in one tsc run over src/ (a block named
 *   `docs-broker-md-118.ts` in its errors is docs/broker.md line 118).
 * - Each snippet runs in a fresh folder where `examples/` is the repo's examples, so paths such as
 *   `examples/pacts/order-service-payment-service.json` work, and files a snippet writes stay there.
 * - A block preceded by `<!-- not-run: reason -->` is reported as skipped with that reason, so the
 *   run lists and counts them; with `SEAM_REQUIRE_ALL_PEERS=1` (CI sets it) it fails instead, so no
 *   snippet escapes unnoticed. No docs block is marked so today.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
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
import {
  extractSnippets,
  isSeamCommand,
  isServeCommand,
  type Snippet,
  shellCommands,
} from './markdown-snippets.ts';
import { runUntilStopped } from './run-until-stopped.ts';
import { sampleVariables } from './sample-variables.ts';
import { startSeededBroker } from './seeded-broker.ts';

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
/** What shell snippets see: no broker settings from outside, sample CI variables, `seam` on PATH. */
const shellEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(
    Object.entries(childEnv).filter(([name]) => !/^(PACT_BROKER|SEAM_BROKER)_/.test(name)),
  ),
  ...sampleVariables,
  PATH: `${shims}:${process.env.PATH ?? ''}`,
};
const requireAllPeers = !['', '0', undefined].includes(process.env.SEAM_REQUIRE_ALL_PEERS);

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

async function runShell(page: string, snippet: Snippet): Promise<void> {
  const where = `${page}:${snippet.line}`;
  const dir = folderFor(page, snippet.line);
  const commands = shellCommands(snippet.code).map((command) => ({
    ...command,
    text: command.text.replace(/^npx /, ''),
  }));
  for (const command of commands)
    assert.ok(
      isSeamCommand(command.text),
      `not a seam command (a block of seam commands holds only those): ${command.text}`,
    );
  const serve = commands.find((command) => isServeCommand(command.text));
  if (serve !== undefined) {
    assert.equal(
      commands.length,
      1,
      `${where}: put \`${serve.text}\` in a block of its own: it serves until stopped`,
    );
    assert.doesNotMatch(
      serve.text,
      /\s--port\b/,
      `${where}: a serve block relies on the default port (PACT_BROKER_PORT in the test); --port would win over it`,
    );
    await runUntilStopped(serve.text, {
      cwd: dir,
      env: { ...shellEnv, PACT_BROKER_PORT: '0' },
      bearerToken: sampleVariables.CI_TOKEN,
    });
    return;
  }
  await using world = await startSeededBroker(dir, sampleVariables.GIT_SHA);
  const env = { ...shellEnv, PACT_BROKER_BASE_URL: world.brokerUrl, PROVIDER_BASE_URL: world.providerUrl };
  for (const command of commands) {
    const child = await runToEnd(command.text, dir, env, 60_000);
    assert.equal(child.signal, null, `${command.text} still ran after 60 s\n${child.stderr}`);
    assert.equal(
      child.status,
      command.exitCode,
      `${command.text} exited ${child.status}, expected ${command.exitCode}:\n${child.stderr}${child.stdout}`,
    );
  }
}

/** Runs `command` through bash without blocking this process (the seeded broker lives here). */
async function runToEnd(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawn('bash', ['-c', command], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const [status, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  return { status, signal, stdout, stderr };
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

/** The test of a snippet: its run, or a failure when it is marked not-run and every snippet must run. */
function runOrRefuse(
  where: string,
  snippet: Snippet,
  run: () => void | Promise<void>,
): () => void | Promise<void> {
  if (snippet.notRun === undefined || !requireAllPeers) return run;
  return () =>
    assert.fail(
      `${where} is marked not-run (${snippet.notRun}), and SEAM_REQUIRE_ALL_PEERS is set: every docs snippet must run; make it runnable and remove the marker`,
    );
}

for (const page of pages) {
  describe(page, () => {
    for (const snippet of extractSnippets(readFileSync(join(root, page), 'utf8'))) {
      const where = `${page}:${snippet.line}`;
      const options =
        snippet.notRun === undefined || requireAllPeers ? {} : { skip: `not run: ${snippet.notRun}` };
      const extension = moduleLanguages.get(snippet.language);
      if (extension !== undefined)
        it(
          `${where} (${snippet.language}) runs as a module`,
          options,
          runOrRefuse(where, snippet, () => runModule(page, snippet, extension)),
        );
      else if (
        shellLanguages.has(snippet.language) &&
        shellCommands(snippet.code).some((c) => isSeamCommand(c.text))
      )
        it(
          `${where} (sh) runs its seam commands`,
          options,
          runOrRefuse(where, snippet, () => runShell(page, snippet)),
        );
      else if (snippet.notRun !== undefined)
        it(`${where} is marked not-run, but only ts, js and seam sh blocks are run`, () =>
          assert.fail(`remove the not-run comment above ${where}`));
    }
  });
}
