import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MatrixRow } from '../store/broker-store.ts';
import { decide, selectMatrix } from './can-i-deploy.ts';

let nextId = 1;
function row(consumerVersion: string, sha: string, verified?: [string, boolean]): MatrixRow {
  const pact = {
    consumer: 'web',
    provider: 'orders',
    consumerVersion,
    consumerBranch: undefined,
    sha,
    content: '{}',
    createdAt: 't',
  };
  if (verified === undefined) return { pact, verification: undefined };
  const [providerVersion, success] = verified;
  const verification = {
    id: nextId++,
    consumer: 'web',
    provider: 'orders',
    providerVersion,
    providerBranch: undefined,
    sha,
    success,
    results: {},
    createdAt: 't',
  };
  return { pact, verification };
}

describe('decide', () => {
  const rows = [
    row('1', 'a', ['o1', false]),
    row('1', 'a', ['o1', true]),
    row('2', 'b', ['o1', false]),
    row('3', 'c'),
  ];
  const prod = [{ pacticipant: 'orders', version: 'o1' }];

  it('takes the latest verification by the deployed provider version', () => {
    const decision = decide(rows, { pacticipant: 'web', version: '1' }, prod, 'production');
    assert.equal(decision.deployable, true);
    assert.equal(decision.rows.length, 1);
  });

  it('gives a reason per failed or missing verification', () => {
    assert.deepEqual(decide(rows, { pacticipant: 'web', version: '2' }, prod, 'production').requirements, [
      { outcome: 'failed', reason: 'The verification for the pact between web (2) and orders (o1) failed' },
    ]);
    assert.equal(
      decide(rows, { pacticipant: 'web', version: '3' }, prod, 'production').requirements[0]?.outcome,
      'unknown',
    );
  });

  it('checks a provider against the consumer versions deployed, and ignores what it is told to', () => {
    const deployed = [{ pacticipant: 'web', version: '2' }];
    assert.equal(
      decide(rows, { pacticipant: 'orders', version: 'o1' }, deployed, 'production').deployable,
      false,
    );
    const ignoring = decide(rows, { pacticipant: 'orders', version: 'o1' }, deployed, 'production', ['web']);
    assert.equal(ignoring.deployable, true);
    assert.deepEqual(ignoring.ignored, ['web']);
    assert.equal(decide(rows, { pacticipant: 'orders', version: 'o2' }, [], 'production').deployable, true);
  });
});

describe('selectMatrix', () => {
  it('keeps the latest row per consumer version and provider (cvp) or provider version too (cvpv)', () => {
    const rows = [row('1', 'a', ['o1', false]), row('1', 'a', ['o1', true]), row('1', 'a', ['o2', true])];
    const selectors = [{ pacticipant: 'web', version: '1' }];
    assert.equal(selectMatrix(rows, selectors).length, 3);
    assert.equal(selectMatrix(rows, selectors, 'cvpv').length, 2);
    assert.equal(selectMatrix(rows, selectors, 'cvp')[0]?.verification?.providerVersion, 'o2');
  });
});
