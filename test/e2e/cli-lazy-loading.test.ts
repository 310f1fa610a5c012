import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the CLI from source in a child Node, recording every module URL it resolves. */
function modulesLoadedBy(args: readonly string[]): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = [];
    registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.push(r.url); return r; } });
    const { main } = await import('./src/cli/main.ts');
    await main(${JSON.stringify(args)}, { out() {}, err() {} });
    process.stdout.write(JSON.stringify(seen));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as string[];
}

describe('seam CLI start-up', () => {
  it('loads no capability code for --help', () => {
    const capability = modulesLoadedBy(['--help']).filter((url) => /\/src\/(?!cli\/)[^/]+\//.test(url));
    assert.deepEqual(capability, []);
  });

  it('loads the pact reader only when a pact command runs', () => {
    const loaded = modulesLoadedBy(['pact', 'check', 'examples/pacts']);
    assert.ok(
      loaded.some((url) => url.includes('/src/contract/')),
      'pact check should load src/contract',
    );
  });
});
