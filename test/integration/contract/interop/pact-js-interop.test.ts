import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as pactJs from './pact-js-consumer.ts';
import {
  breakingModes,
  pactJsFailures,
  pactJsMessageFailures,
  seamFailures,
  seamMessageFailures,
} from './verify-both.ts';

describe('pact files written by pact-js 17, verified by seam', () => {
  let dir = '';
  const file = (version: string, provider = 'payment-service') =>
    path.join(dir, version, `order-service-${provider}.json`);

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-interop-pact-js-'));
    await pactJs.writeV3HttpPact(path.join(dir, 'v3'));
    await pactJs.writeV4HttpPact(path.join(dir, 'v4'));
    await pactJs.writeV4MessagePact(path.join(dir, 'v4'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  for (const version of ['v3', 'v4']) {
    it(`passes a correct provider on pact-js's ${version.toUpperCase()} HTTP pact, as pact-js does`, async () => {
      assert.deepEqual(await seamFailures(file(version), 'none'), []);
      assert.deepEqual(await pactJsFailures(file(version), 'none'), []);
    });

    for (const { mode, fails } of breakingModes) {
      it(`fails "${fails}" on pact-js's ${version.toUpperCase()} pact when the provider has a ${mode}, as pact-js does`, async () => {
        assert.deepEqual(await seamFailures(file(version), mode), [fails]);
        assert.deepEqual(await pactJsFailures(file(version), mode), [fails]);
      });
    }
  }

  it("passes a correct message producer on pact-js's V4 message pact, as pact-js does", async () => {
    assert.deepEqual(await seamMessageFailures(file('v4', 'payment-events'), 'none'), []);
    assert.deepEqual(await pactJsMessageFailures(file('v4', 'payment-events'), 'none'), []);
  });

  it("fails a message producer that sends the amount as a string on pact-js's V4 message pact, as pact-js does", async () => {
    assert.deepEqual(await seamMessageFailures(file('v4', 'payment-events'), 'wrong-type'), [
      'a payment settled event',
    ]);
    assert.deepEqual(await pactJsMessageFailures(file('v4', 'payment-events'), 'wrong-type'), [
      'a payment settled event',
    ]);
  });
});
