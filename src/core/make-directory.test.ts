import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { makeDirectory } from './make-directory.ts';

describe('makeDirectory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seam-make-directory-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a folder and its missing parents, and accepts one that exists', () => {
    const nested = join(dir, 'a', 'b', 'c');
    assert.equal(makeDirectory(nested), nested);
    assert.ok(statSync(nested).isDirectory());
    assert.equal(makeDirectory(nested), nested);
  });

  it('refuses a path that is a file, or has a file above it, naming both', () => {
    const file = join(dir, 'plain');
    writeFileSync(file, '');
    assert.throws(() => makeDirectory(file), { code: 'io', message: `${file}: is a file, not a folder` });
    assert.throws(() => makeDirectory(join(file, 'x', 'y')), {
      code: 'io',
      message: `${join(file, 'x', 'y')}: ${file} is a file, not a folder`,
    });
  });

  it('reports a folder the kernel will not create instead of looping (/proc)', {
    skip: !existsSync('/proc/self'),
  }, () => {
    assert.throws(() => makeDirectory('/proc/nope/deeper'), {
      code: 'io',
      message: /^\/proc\/nope\/deeper: cannot create the folder: ENOENT/,
    });
  });
});
