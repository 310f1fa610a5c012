import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from './node-version.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const systemNode = '/usr/bin/node';
const required = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { engines: { node: string } })
  .engines.node;

function versionOf(node: string): string {
  return spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
}

describe('the Node version check', () => {
  it('accepts versions at or above the minimum of a >= range', () => {
    assert.equal(nodeVersionProblem('22.13.0', '>=22.13'), undefined);
    assert.equal(nodeVersionProblem('22.14.1', '>=22.13'), undefined);
    assert.equal(nodeVersionProblem('24.0.0', '>=22.13'), undefined);
    assert.equal(nodeVersionProblem('22.13.1', '>=22.13.1'), undefined);
  });

  it('names the Node seam needs and the one running when it is older', () => {
    assert.equal(
      nodeVersionProblem('20.20.2', '>=22.13'),
      'seam needs Node.js 22.13 or newer (this is Node.js 20.20.2).',
    );
    assert.match(nodeVersionProblem('22.12.9', '>=22.13') ?? '', /needs Node.js 22.13 or newer/);
    assert.match(nodeVersionProblem('22.13.0', '>=22.13.1') ?? '', /needs Node.js 22.13.1 or newer/);
    assert.match(nodeVersionProblem('8.17.0', '>=22.13') ?? '', /this is Node.js 8.17.0/);
  });

  it('lets a range it does not understand through rather than refuse a working Node', () => {
    assert.equal(nodeVersionProblem('20.0.0', '^22 || ^24'), undefined);
  });

  const old = existsSync(systemNode) ? versionOf(systemNode) : '';
  const tooOld = old !== '' && nodeVersionProblem(old, required) !== undefined;
  it('makes seam on an older Node print one line naming the Node it needs, exit 2', {
    skip: tooOld ? false : `needs a Node older than ${required} at ${systemNode}`,
  }, () => {
    for (const args of [['--help'], ['broker', 'serve', '--port', '0']]) {
      const child = spawnSync(systemNode, [`${root}/bin/seam`, ...args], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(child.status, 2, child.stderr);
      assert.equal(child.stdout, '');
      assert.equal(child.stderr, `${nodeVersionProblem(old, required)}\n`);
    }
  });
});

describe('bin/seam without a build', () => {
  it('says dist/ is missing and how to build it, in one line, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seam-unbuilt-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(join(root, 'bin/seam'), join(dir, 'bin/seam'));
      copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
      const child = spawnSync(process.execPath, [join(dir, 'bin/seam'), '--help'], { encoding: 'utf8' });
      assert.equal(child.status, 2, child.stderr);
      assert.equal(
        child.stderr,
        `seam is not built: ${join(dir, 'dist/cli')} is missing (run npm run build).\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
