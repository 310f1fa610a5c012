import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type OrderProvider,
  ordersPact,
  startOrderProvider,
} from '../../../test/integration/contract/verifier-provider.ts';
import { main } from '../main.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('seam verify', () => {
  let dir = '';
  let pact = '';
  let provider: OrderProvider;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-verify-cli-'));
    pact = path.join(dir, 'web-orders.json');
    await writeFile(pact, JSON.stringify(ordersPact()));
    provider = await startOrderProvider();
  });
  after(async () => {
    await provider.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 0 with a summary and JUnit file when the provider honours the pact', async () => {
    const { io, out } = capture();
    const junit = path.join(dir, 'junit.xml');
    const args = ['verify', '--provider-base-url', provider.url, pact, '--junit', junit];
    const code = await main([...args, '--provider-states-setup-url', `${provider.url}/_pact/state`], io);
    assert.equal(code, 0, out.join(''));
    assert.match(out.join(''), /3 interactions: 3 passed, 0 failed/);
    assert.match(await readFile(junit, 'utf8'), /<testsuite name="web → orders" tests="3" failures="0"/);
  });

  it('exits 1 and prints JSON when an interaction fails', async () => {
    provider.broken = true;
    const { io, out } = capture();
    const args = ['verify', '--provider-base-url', provider.url, dir, '--json'];
    const code = await main([...args, '--provider-states-setup-url', `${provider.url}/_pact/state`], io);
    provider.broken = false;
    assert.equal(code, 1);
    const report = JSON.parse(out.join(''));
    assert.equal(report.summary.failed, 2);
  });

  for (const [name, args, message] of [
    ['no provider URL', [pact], /--provider-base-url is required/],
    ['no pacts', ['--provider-base-url', 'http://127.0.0.1:1'], /No pacts given/],
    [
      'a bad timeout',
      ['--provider-base-url', 'http://127.0.0.1:1', pact, '--timeout', 'soon'],
      /--timeout must be/,
    ],
    [
      'a missing pact file',
      ['--provider-base-url', 'http://127.0.0.1:1', 'nope.json'],
      /nope\.json: no such file/,
    ],
    [
      'a broker without --provider',
      ['--provider-base-url', 'http://127.0.0.1:1', '--broker-url', 'http://b'],
      /needs the provider name/,
    ],
    [
      'an unknown option',
      ['--provider-base-url', 'http://127.0.0.1:1', pact, '--frobnicate'],
      /Unknown option/,
    ],
  ] as const) {
    it(`exits 2 for ${name}`, async () => {
      const { io, err } = capture();
      assert.equal(await main(['verify', ...args], io), 2);
      assert.match(err.join(''), message);
    });
  }
});
