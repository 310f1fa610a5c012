import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { normalisePact } from './normalise-pact.ts';
import * as pactJs from './pact-js-consumer.ts';
import { writeSeamHttpPact, writeSeamMessagePact } from './seam-consumer.ts';

describe('pact files written by seam and by pact-js 17 for the same consumer tests', () => {
  let dir = '';
  const file = (tool: string, version: string, provider = 'payment-service') =>
    path.join(dir, tool, version, `order-service-${provider}.json`);

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-interop-equivalence-'));
    await pactJs.writeV3HttpPact(path.join(dir, 'pact-js', 'v3'));
    await pactJs.writeV4HttpPact(path.join(dir, 'pact-js', 'v4'));
    await pactJs.writeV4MessagePact(path.join(dir, 'pact-js', 'v4'));
    await writeSeamHttpPact(path.join(dir, 'seam', 'v3'), 'V3');
    await writeSeamHttpPact(path.join(dir, 'seam', 'v4'), 'V4');
    await writeSeamMessagePact(path.join(dir, 'seam', 'v4'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  for (const version of ['v3', 'v4']) {
    it(`have the same ${version.toUpperCase()} HTTP interactions, matching rules and generators`, async () => {
      assert.deepEqual(
        await normalisePact(file('seam', version)),
        await normalisePact(file('pact-js', version)),
      );
    });
  }

  it('have the same V4 asynchronous message, matching rules and generators', async () => {
    assert.deepEqual(
      await normalisePact(file('seam', 'v4', 'payment-events')),
      await normalisePact(file('pact-js', 'v4', 'payment-events')),
    );
  });
});
