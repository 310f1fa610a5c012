/**
 * seam as a user runs it (bin/seam in a new process) given input it cannot use: one line naming
 * the problem on stderr, exit 2, and never a hang or a stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs bin/seam; a child still running after 20 s is killed (and the test fails on its status). */
function seam(...args: string[]) {
  const child = spawnSync(process.execPath, [join(root, 'bin/seam'), ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    killSignal: 'SIGKILL',
  });
  return { status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr };
}

function assertOneLineError(result: ReturnType<typeof seam>, pattern: RegExp): void {
  assert.equal(result.signal, null, `seam was still running after 20 s; stderr: ${result.stderr}`);
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, pattern);
  assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
}

describe('seam broker serve with a --data it cannot use', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-cli-errors-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('says the folder cannot be created, exit 2, when it is under /proc', () => {
    assertOneLineError(
      seam('broker', 'serve', '--port', '0', '--data', '/proc/nope'),
      /^seam broker serve: \/proc\/nope: cannot create the folder: ENOENT/,
    );
  });

  it('says the path is a file, exit 2, when --data names a regular file', async () => {
    const file = join(dir, 'broker.sqlite');
    await writeFile(file, 'not a folder');
    assertOneLineError(
      seam('broker', 'serve', '--port', '0', '--data', file),
      new RegExp(`^seam broker serve: ${file}: is a file, not a folder`),
    );
  });

  it('says the database cannot be opened, exit 2, when broker.sqlite in --data is a folder', async () => {
    const data = join(dir, 'folder-as-database');
    await mkdir(join(data, 'broker.sqlite'), { recursive: true });
    assertOneLineError(
      seam('broker', 'serve', '--port', '0', '--data', data),
      new RegExp(
        `^seam broker serve: ${data}/broker.sqlite: cannot open the broker database: unable to open`,
      ),
    );
  });

  it('says the database cannot be opened, exit 2, when broker.sqlite in --data is not SQLite', async () => {
    const data = join(dir, 'not-sqlite');
    await mkdir(data);
    await writeFile(
      join(data, 'broker.sqlite'),
      'not a database, but long enough to be read as a header by SQLite',
    );
    assertOneLineError(
      seam('broker', 'serve', '--port', '0', '--data', data),
      new RegExp(
        `^seam broker serve: ${data}/broker.sqlite: cannot open the broker database: file is not a database`,
      ),
    );
  });

  it('says the path is a file, exit 2, when a folder above --data is a regular file', async () => {
    const file = join(dir, 'plain');
    await writeFile(file, '');
    assertOneLineError(
      seam('broker', 'serve', '--port', '0', '--data', join(file, 'broker')),
      new RegExp(`^seam broker serve: ${file}/broker: ${file} is a file, not a folder`),
    );
  });
});
