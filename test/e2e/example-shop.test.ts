/**
 * The README's first command, as a user runs it: `seam example shop` through bin/seam (the built
 * CLI), green, then with each break mode: verification fails with the diff, can-i-deploy refuses
 * with the reason, the compatibility matrix shows the break, the exit code is 1.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));

function seam(args: readonly string[]) {
  const child = spawnSync(process.execPath, [join(root, 'bin/seam'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SHOP_BREAK: '' },
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe('seam example shop (the main job)', () => {
  let out: string;
  before(async () => {
    assert.ok(existsSync(join(root, 'dist/cli/main.js')), 'dist/ is missing: run `npm run build` first');
    out = await mkdtemp(join(tmpdir(), 'seam-example-shop-'));
  });
  after(async () => rm(out, { recursive: true, force: true }));

  it('runs the whole flow green: every pair verified, every service deployable, files written', async () => {
    const run = seam(['example', 'shop', '--out', out]);
    assert.equal(run.code, 0, `${run.out}\n${run.err}`);
    const steps = run.err.split('\n').filter((line) => /^\[\d\/8\]/.test(line));
    assert.deepEqual(
      steps.map((line) => line.slice(6, 20).trim()),
      ['consumer tests', 'broker', 'publish', 'providers', 'verify', 'deploy', 'figures', 'report'],
    );
    assert.match(run.out, /✓ order-service → payment-service\s+2\/2\n/);
    assert.match(run.out, /✓ order-service → inventory-service\s+5\/5\n/);
    assert.match(run.out, /✓ payment-service 1\.0\.0\s+yes, deployment recorded/);
    assert.match(run.out, /Compatibility score\s+100% \(2\/2 version pairs deployed together verified\)/);
    assert.match(run.out, /Contract stability \(7 days\)\s+100% \(2\/2 verifications passed\)/);
    assert.match(run.out, /All contracts hold/);
    const matrix = parse(await readFile(join(out, 'compatibility-matrix.yaml'), 'utf8'));
    assert.deepEqual(matrix.breaking, []);
    assert.deepEqual(matrix.consumers[0].environments, ['production']);
    const report = await readFile(join(out, 'report.html'), 'utf8');
    assert.match(report, /All contracts hold/);
    for (const pact of ['order-service-payment-service.json', 'order-service-inventory-service.json'])
      assert.ok(existsSync(join(out, 'pacts', 'order-service', pact)), pact);
  });

  const breaks = [
    ['renamed-field', 'payment-service', /missing the following keys: fees/],
    [
      'changed-type',
      'inventory-service',
      /\$\.items\[0\]\.quantity: Expected '2' \(String\) to be an integer/,
    ],
    ['required-field', 'payment-service', /expected 201 but was 400/],
  ] as const;
  for (const [mode, provider, diff] of breaks)
    it(`with --break ${mode}: ${provider} fails verification with the diff and is refused`, async () => {
      const run = seam(['example', 'shop', '--out', out, '--break', mode]);
      assert.equal(run.code, 1, `${run.out}\n${run.err}`);
      assert.match(run.out, diff);
      assert.match(run.out, new RegExp(`✗ ${provider} 1\\.0\\.1-${mode}\\s+no\\n`));
      assert.match(
        run.out,
        new RegExp(
          `The verification for the pact between the version of order-service currently in production \\(1\\.0\\.0\\) and version 1\\.0\\.1-${mode} of ${provider} failed`,
        ),
      );
      assert.match(run.out, /Contracts are broken/);
      const matrix = parse(await readFile(join(out, 'compatibility-matrix.yaml'), 'utf8'));
      const blocking = matrix.breaking.filter(
        (item: { providerVersion: string }) => item.providerVersion === `1.0.1-${mode}`,
      );
      assert.ok(blocking.length > 0, JSON.stringify(matrix.breaking));
      assert.match(await readFile(join(out, 'report.html'), 'utf8'), /deployment refused/);
    });

  it('refuses an unknown break mode with the list of modes', () => {
    const run = seam(['example', 'shop', '--out', out, '--break', 'nonsense']);
    assert.equal(run.code, 2);
    assert.match(run.err, /--break must be one of renamed-field, changed-type, required-field/);
  });
});
