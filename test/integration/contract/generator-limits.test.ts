/**
 * A pact whose generators would produce gigabytes (`RandomString` of size 1e12, `Regex`
 * `a{100000000}`) used to abort the verifier and the mock server with an out-of-memory error. Each
 * runs here in a child process with a small heap: it must finish normally and report the
 * generator as an error of that interaction.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { httpPact, jsonResponse } from '../../support/sample-pacts.ts';

const run = promisify(execFile);
const huge = [
  { type: 'RandomString', size: 1e12 },
  { type: 'Regex', regex: 'a{100000000}' },
];

function pactWith(generator: object) {
  const generators = { body: { '$.note': generator } };
  return httpPact([
    {
      description: 'a generated order',
      request: {
        method: 'POST',
        path: '/orders',
        headers: { 'Content-Type': 'application/json' },
        body: { note: 'x' },
        generators,
      },
      response: { ...jsonResponse({ note: 'x' }), generators },
    },
  ]);
}

// Reads the pact without validating it (as a pact from anywhere may reach these), then replays it
// against a provider that counts requests, and serves it from a mock server that is called once.
const childScript = `
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { readPact, startMockServer } from './src/contract/index.ts';
import { verifyInteraction } from './src/contract/verifier/verify-interaction.ts';
const pact = readPact(JSON.parse(await readFile(process.argv[1], 'utf8')));
let received = 0;
const provider = http.createServer((req, res) => { received++; res.end('{}'); });
await new Promise((resolve) => provider.listen(0, '127.0.0.1', resolve));
const source = { pact, source: process.argv[1], pending: false };
const options = { providerBaseUrl: 'http://127.0.0.1:' + provider.address().port };
const verified = await verifyInteraction(pact.interactions[0], { source, options, limits: { timeoutMs: 5000, maxBodyBytes: 1 << 20 } });
provider.close();
const mock = await startMockServer({ interactions: pact.interactions, spec: 'V3' });
const answer = await fetch(mock.url + '/orders', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"note":"x"}' });
const mocked = { status: answer.status, body: await answer.json(), results: mock.results() };
await mock.close();
console.log(JSON.stringify({ received, verified, mocked }));
`;

describe('generators over the size limit', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-generator-limits-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const generator of huge) {
    it(`fail the interaction in the verifier and the mock server, which both survive (${JSON.stringify(generator)})`, async () => {
      const file = path.join(dir, `${generator.type}.json`);
      await writeFile(file, JSON.stringify(pactWith(generator)));
      const { stdout } = await run(
        process.execPath,
        ['--max-old-space-size=192', '--input-type=module', '-e', childScript, file],
        { cwd: process.cwd(), maxBuffer: 1 << 20 },
      );
      const { received, verified, mocked } = JSON.parse(stdout);
      assert.equal(received, 0, 'no request reaches the provider');
      assert.equal(verified.ok, false);
      assert.match(verified.issues[0].message, /^Nothing was sent: .* generator: .* 1048576 characters/);
      assert.equal(mocked.status, 500);
      assert.match(mocked.body.error, /"a generated order" \(POST \/orders\) was answered 500/);
      assert.equal(mocked.results.ok, false);
      assert.equal(mocked.results.issues[0].code, 'generator');
    });
  }
});
