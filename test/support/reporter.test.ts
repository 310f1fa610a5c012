import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the fixture test file under node --test and the project's reporter, as `npm test` does. */
function runFixture(): string {
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const child = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=./test/support/reporter.ts',
      'test/support/fixtures/one-passing.test-fixture.ts',
    ],
    { cwd: root, encoding: 'utf8', env, timeout: 60_000 },
  );
  return child.stdout + child.stderr;
}

describe('the test reporter', () => {
  it('ends the run with passed, failed and skipped counts, skipped included when none was skipped', () => {
    assert.match(runFixture(), /\n1 passed, 0 failed, 0 skipped\n$/);
  });

  it("ends the run with the summary line the README's Development section describes", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const described = /ends with\s+`([^`]+)`/.exec(readme)?.[1] ?? '(no "ends with `...`" in README.md)';
    const pattern = new RegExp(`\\n${described.replaceAll('N', '\\d+')}\\n$`);
    assert.match(runFixture(), pattern);
  });
});
