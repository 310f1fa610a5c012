import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeSeamHttpPact, writeSeamMessagePact } from './seam-consumer.ts';
import {
  breakingModes,
  pactJsFailures,
  pactJsMessageFailures,
  seamFailures,
  seamMessageFailures,
} from './verify-both.ts';

describe("pact files written by seam's DSL, verified by pact-js 17", () => {
  let dir = '';
  const file = (version: string, provider = 'payment-service') =>
    path.join(dir, version, `order-service-${provider}.json`);

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-interop-seam-'));
    await writeSeamHttpPact(path.join(dir, 'v3'), 'V3');
    await writeSeamHttpPact(path.join(dir, 'v4'), 'V4');
    await writeSeamMessagePact(path.join(dir, 'v4'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  for (const version of ['v3', 'v4']) {
    it(`pact-js passes a correct provider on seam's ${version.toUpperCase()} HTTP pact, as seam does`, async () => {
      assert.deepEqual(await pactJsFailures(file(version), 'none'), []);
      assert.deepEqual(await seamFailures(file(version), 'none'), []);
    });

    for (const { mode, fails } of breakingModes) {
      it(`pact-js fails "${fails}" on seam's ${version.toUpperCase()} pact when the provider has a ${mode}, as seam does`, async () => {
        assert.deepEqual(await pactJsFailures(file(version), mode), [fails]);
        assert.deepEqual(await seamFailures(file(version), mode), [fails]);
      });
    }
  }

  it("pact-js passes a correct message producer on seam's V4 message pact, and fails a broken one, as seam does", async () => {
    const messages = file('v4', 'payment-events');
    assert.deepEqual(await pactJsMessageFailures(messages, 'none'), []);
    assert.deepEqual(await seamMessageFailures(messages, 'none'), []);
    assert.deepEqual(await pactJsMessageFailures(messages, 'wrong-type'), ['a payment settled event']);
    assert.deepEqual(await seamMessageFailures(messages, 'wrong-type'), ['a payment settled event']);
  });
});
