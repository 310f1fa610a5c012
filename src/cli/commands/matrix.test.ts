import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { capturedIo } from '../../../test/support/captured-io.ts';
import { httpPact } from '../../../test/support/sample-pacts.ts';
import { startBroker } from '../../broker/index.ts';
import { main } from '../main.ts';

const pact = (revision: number) =>
  JSON.stringify(httpPact([], { specVersion: null, metadata: { revision } }));

describe('seam matrix', () => {
  it('prints each consumer version against the provider versions that verified it, with what breaks', async () => {
    await using broker = await startBroker({ port: 0 });
    const { store } = broker;
    const first = await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '1',
      content: pact(1),
    });
    await store.publishPact({ consumer: 'web', provider: 'orders', consumerVersion: '2', content: pact(2) });
    await store.recordVerification({
      consumer: 'web',
      provider: 'orders',
      sha: first.sha,
      providerVersion: 'o1',
      success: true,
      results: {},
    });
    const failed = {
      success: false,
      testResults: [
        {
          interactionId: 'abc',
          interactionDescription: 'a request for order 7',
          success: false,
          mismatches: [
            { attribute: 'body', identifier: '$.total', description: 'Expected 5.5 but received "5.5"' },
          ],
        },
      ],
    };
    await store.recordVerification({
      consumer: 'web',
      provider: 'orders',
      sha: first.sha,
      providerVersion: 'o2',
      success: false,
      results: failed,
    });
    const production = await store.createEnvironment({ name: 'production' });
    await store.recordDeployment({
      pacticipant: 'web',
      version: '1',
      environmentUuid: production?.uuid ?? '',
    });

    const table = capturedIo();
    assert.equal(await main(['matrix', '--broker-url', broker.url], table.io), 1, table.errors());
    assert.deepEqual(table.text().split('\n'), [
      'CONSUMER  PROVIDER       RESULT      DEPLOYED    FAILURES',
      'web 1     orders o1      verified    production',
      'web 1     orders o2      FAILED      production  a request for order 7: $.total: Expected 5.5 but received "5.5"',
      'web 2     orders (none)  unverified',
      '',
    ]);

    const yaml = capturedIo();
    assert.equal(
      await main(
        ['matrix', '--format', 'yaml', '--pacticipant', 'orders', '--broker-url', broker.url],
        yaml.io,
      ),
      1,
    );
    const parsed = parse(yaml.text());
    assert.equal(parsed.pacticipant, 'orders');
    assert.deepEqual(parsed.breaking, [
      {
        consumer: 'web',
        consumerVersion: '1',
        provider: 'orders',
        providerVersion: 'o2',
        interaction: 'a request for order 7',
        mismatches: ['$.total: Expected 5.5 but received "5.5"'],
      },
    ]);
    assert.deepEqual(
      parsed.consumers.map((c: { consumerVersion: string; environments: string[] }) => [
        c.consumerVersion,
        c.environments,
      ]),
      [
        ['1', ['production']],
        ['2', []],
      ],
    );
    // A newer provider version that verifies it supersedes the failure: nothing blocks any more.
    await store.recordVerification({
      consumer: 'web',
      provider: 'orders',
      sha: first.sha,
      providerVersion: 'o3',
      success: true,
      results: {},
    });
    const fixed = capturedIo();
    assert.equal(await main(['matrix', '--format', 'json', '--broker-url', broker.url], fixed.io), 0);
    assert.deepEqual(JSON.parse(fixed.text()).breaking, []);
    const json = capturedIo();
    assert.equal(
      await main(
        ['matrix', '--format', 'json', '--pacticipant', 'nobody', '--broker-url', broker.url],
        json.io,
      ),
      1,
    );
    assert.match(json.errors(), /No pacticipant named "nobody"/);
  });

  it('exits 2 on a bad format', async () => {
    const { errors, io } = capturedIo();
    assert.equal(await main(['matrix', '--format', 'xml', '--broker-url', 'http://127.0.0.1:9'], io), 2);
    assert.match(errors(), /--format must be yaml, json or table/);
  });
});
