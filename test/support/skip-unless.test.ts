import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { skipUnless } from './skip-unless.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const install = 'install it with: apt-get install chromium';

/** Runs `file` under node --test and the project's reporter, as `npm test` does. */
function runTests(file: string, env: Record<string, string>) {
  const { NODE_TEST_CONTEXT: _, SEAM_REQUIRE_ALL_PEERS: __, ...inherited } = process.env;
  const child = spawnSync(process.execPath, ['--test', '--test-reporter=./test/support/reporter.ts', file], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, ...env },
    timeout: 60_000,
  });
  return { status: child.status, output: child.stdout + child.stderr };
}

describe('skipUnless', () => {
  it('runs the tests when the program is on the PATH or at the path given', () => {
    assert.deepEqual(skipUnless('node', install, { PATH: process.env.PATH ?? '' }), {});
    assert.deepEqual(skipUnless(process.execPath, install, {}), {});
  });

  it('skips with the program and how to install it when the program is missing', () => {
    const options = skipUnless('/nonexistent/chromium', install, { PATH: '/usr/bin' });
    assert.equal(
      options.skip,
      '/nonexistent/chromium is not installed: install it with: apt-get install chromium',
    );
    assert.equal(
      skipUnless('no-such-program-seam', install, { PATH: '/usr/bin:/bin' }).skip?.startsWith(
        'no-such-program-seam is not installed',
      ),
      true,
    );
  });

  it('throws instead of skipping when SEAM_REQUIRE_ALL_PEERS is set', () => {
    assert.throws(
      () => skipUnless('/nonexistent/chromium', install, { SEAM_REQUIRE_ALL_PEERS: '1' }),
      /SEAM_REQUIRE_ALL_PEERS is set and \/nonexistent\/chromium is not installed: install it with/,
    );
    assert.deepEqual(skipUnless(process.execPath, install, { SEAM_REQUIRE_ALL_PEERS: '1' }), {});
  });
});

describe('the browser tests without Chromium', () => {
  const noChromium = { SEAM_CHROMIUM_PATH: '/nonexistent/chromium' };

  it('are reported as skipped with the package to install, and the run passes', () => {
    const { status, output } = runTests('test/e2e/broker-ui.test.ts', noChromium);
    assert.equal(status, 0, output);
    assert.match(output, /skipped .*\/nonexistent\/chromium is not installed: .*apt-get install chromium/);
    assert.match(output, /\n0 passed, 0 failed, 1 skipped\n$/);
  });

  it('fail the run when SEAM_REQUIRE_ALL_PEERS=1, as in CI', () => {
    const { status, output } = runTests('test/e2e/broker-ui.test.ts', {
      ...noChromium,
      SEAM_REQUIRE_ALL_PEERS: '1',
    });
    assert.equal(status, 1, output);
    assert.match(output, /SEAM_REQUIRE_ALL_PEERS is set and \/nonexistent\/chromium is not installed/);
    assert.match(output, /\n0 passed, 1 failed, 0 skipped\n$/);
  });
});
