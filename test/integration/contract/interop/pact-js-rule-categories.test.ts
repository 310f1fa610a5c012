// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Pact provider-state expressions are written ${name}.
/**
 * `seam pact check` on pact files pact-js 17 writes with status, path and provider-state path
 * matchers (`matchStatus`, `regex` and `fromProviderState` on the path): pact-js keys the status
 * rules by `$` and writes path rules bare; both must pass the check, V3 and V4, and read back.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HTTPResponseStatusClass, MatchersV3 as m, PactV3, PactV4 } from '@pact-foundation/pact';
import { main } from '../../../../src/cli/main.ts';
import { loadPactFile } from '../../../../src/contract/index.ts';
import { capturedIo } from '../../../support/captured-io.ts';

async function writeV3(dir: string): Promise<void> {
  const pact = new PactV3({ consumer: 'web-v3', provider: 'items', dir, logLevel: 'error' });
  pact
    .given('an item exists', { id: 7 })
    .uponReceiving('a request for an item')
    .withRequest({ method: 'GET', path: m.fromProviderState('/items/${id}', '/items/1') })
    .willRespondWith({ status: m.matchStatus(200, HTTPResponseStatusClass.Success) as unknown as number });
  await pact.executeTest(async (server) => void (await fetch(`${server.url}/items/1`)));
}

async function writeV4(dir: string): Promise<void> {
  const pact = new PactV4({ consumer: 'web-v4', provider: 'items', dir, logLevel: 'error' });
  await pact
    .addInteraction()
    .uponReceiving('a request for an item')
    .withRequest('GET', m.regex('/items/[0-9]+', '/items/1') as unknown as string)
    .willRespondWith(m.matchStatus(200, [200, 203]) as unknown as number)
    .executeTest(async (server) => void (await fetch(`${server.url}/items/1`)));
}

describe('pact files pact-js 17 writes with status and path matchers', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-pact-js-categories-'));
    await writeV3(dir);
    await writeV4(dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('pass seam pact check, V3 and V4', async () => {
    const { io, text } = capturedIo();
    assert.equal(await main(['pact', 'check', dir], io), 0, text());
    assert.match(text(), /2 files checked: 2 valid, 0 invalid/);
  });

  it('are written as this test expects: status rules keyed by $, path rules bare', async () => {
    const v3 = await loadPactFile(path.join(dir, 'web-v3-items.json'));
    const v4 = await loadPactFile(path.join(dir, 'web-v4-items.json'));
    const [first] = v3.interactions;
    const [second] = v4.interactions;
    assert.ok(first?.kind === 'http' && second?.kind === 'http');
    assert.deepEqual(first.response.matchingRules?.status?.$?.rules, [
      { match: 'statusCode', status: 'success' },
    ]);
    assert.deepEqual(second.response.matchingRules?.status?.$?.rules, [
      { match: 'statusCode', status: [200, 203] },
    ]);
    assert.deepEqual(second.request.matchingRules?.path?.$?.rules, [
      { match: 'regex', regex: '/items/[0-9]+' },
    ]);
    assert.equal(first.request.generators?.path?.$?.type, 'ProviderState');
  });
});
