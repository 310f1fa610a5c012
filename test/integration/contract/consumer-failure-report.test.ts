/**
 * What a user sees when a consumer test against seam's mock server fails: node's test runner, in a
 * child process, prints the mock server's report once — not in the error's message, again in the
 * summary line of each request and once more under `cause`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const contract = pathToFileURL(path.resolve('src/contract/index.ts')).href;

const consumerTest = (failure: string) => `
import { it } from 'node:test';
import { createPact, like } from '${contract}';
it('gets order 1', async () => {
  await createPact({ consumer: 'web', provider: 'orders', dir: process.argv[2] ?? '.' })
    .addInteraction()
    .uponReceiving('a request for order 1')
    .withRequest({ method: 'GET', path: '/orders/1' })
    .willRespondWith({ status: 200, body: like({ id: 1 }) })
    .executeTest(async (server) => {
      const response = await fetch(server.url + '/orders/2');
      ${failure}
    });
});
`;

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('a failing consumer test', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-consumer-report-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  for (const [name, failure] of [
    [
      'the test throws its own error',
      "if (!response.ok) throw new Error('order request failed: ' + response.status);",
    ],
    ['the test passes but the request mismatched', 'await response.text();'],
  ] as const) {
    it(`prints each mismatch once when ${name}`, async () => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.test.mjs`);
      await writeFile(file, consumerTest(failure));
      // Without NODE_TEST_CONTEXT, which would make the child report to this runner instead of printing.
      const { NODE_TEST_CONTEXT: _, ...env } = process.env;
      const args = ['--test', '--test-reporter=spec', file];
      const printed = await run(process.execPath, args, { cwd: dir, env }).then(
        () => assert.fail('the consumer test should fail'),
        (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
      );
      assert.equal(occurrences(printed, "Expected '/orders/2' to be equal to '/orders/1'"), 1, printed);
      assert.equal(occurrences(printed, 'Missing request: "a request for order 1"'), 1, printed);
      assert.equal(occurrences(printed, 'No interaction matched GET /orders/2'), 1, printed);
    });
  }
});
