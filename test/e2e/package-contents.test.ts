/**
 * The published package holds no test code. The build goes to a fresh folder (never the shared
 * dist/, which other tests load and which may hold stale files from an older tree), and npm itself
 * lists what it would pack there, so the `files` field and its negations are what is checked.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = join(import.meta.dirname, '../..');

// Names a shipped file must not have: tests, the store behaviour suite, test database helpers.
const testCodeNames = [/\.test\./, /(^|\/)test\//, /store-contract\./, /test-schema\./];

interface PackedFile {
  readonly path: string;
}

describe('the npm package', () => {
  let dir = '';
  let files: readonly string[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'seam-package-contents-'));
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    run(
      process.execPath,
      [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', join(dir, 'dist')],
      root,
    );
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
    const output = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], dir);
    const [packed] = JSON.parse(output) as { files: PackedFile[] }[];
    files = (packed?.files ?? []).map((file) => file.path);
  });

  after(() => rm(dir));

  it('packs the built library', () => {
    assert.ok(
      files.includes('dist/broker/index.js'),
      `dist/broker/index.js missing from ${files.length} files`,
    );
  });

  it('packs no test file, store behaviour suite or test schema helper', () => {
    const shipped = files.filter((path) => testCodeNames.some((name) => name.test(path)));
    assert.deepEqual(shipped, []);
  });

  it('packs no module that loads the test runner or assertions', () => {
    const loadsTests = files
      .filter((path) => path.endsWith('.js'))
      .filter((path) => /from ['"]node:(test|assert)/.test(readFileSync(join(dir, path), 'utf8')));
    assert.deepEqual(loadsTests, []);
  });
});

// Runs a command; on failure, the error says what it printed (tsc reports type errors on stdout).
function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
}

function rm(dir: string): void {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
}
