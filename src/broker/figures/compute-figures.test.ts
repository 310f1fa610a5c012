import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { httpPact } from '../../../test/support/sample-pacts.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { compatibilityFigures, stabilityFigures } from './compute-figures.ts';

const pact = (consumer: string, provider: string, revision = 1) =>
  JSON.stringify(httpPact([], { consumer, provider, specVersion: null, metadata: { revision } }));

function clock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
}

describe('compatibilityFigures', () => {
  it('scores the pairs deployed together: verified, failed and never verified', async () => {
    const store = openSqliteStore();
    const web = await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: 'w1',
      content: pact('web', 'orders'),
    });
    const app = await store.publishPact({
      consumer: 'app',
      provider: 'orders',
      consumerVersion: 'a1',
      content: pact('app', 'orders'),
    });
    await store.publishPact({
      consumer: 'app',
      provider: 'billing',
      consumerVersion: 'a1',
      content: pact('app', 'billing'),
    });
    // A verification by another provider version does not count for the deployed one.
    await store.recordVerification({
      consumer: 'web',
      provider: 'orders',
      sha: web.sha,
      providerVersion: 'o0',
      success: true,
      results: {},
    });
    await store.recordVerification({
      consumer: 'web',
      provider: 'orders',
      sha: web.sha,
      providerVersion: 'o1',
      success: false,
      results: {},
    });
    await store.recordVerification({
      consumer: 'web',
      provider: 'orders',
      sha: web.sha,
      providerVersion: 'o1',
      success: true,
      results: {},
    });
    await store.recordVerification({
      consumer: 'app',
      provider: 'orders',
      sha: app.sha,
      providerVersion: 'o1',
      success: false,
      results: {},
    });
    const production = await store.createEnvironment({ name: 'production' });
    const test = await store.createEnvironment({ name: 'test' });
    assert.ok(production !== undefined && test !== undefined);
    for (const [pacticipant, version] of [
      ['web', 'w1'],
      ['app', 'a1'],
      ['orders', 'o1'],
      ['billing', 'b1'],
    ] as const)
      await store.recordDeployment({ pacticipant, version, environmentUuid: production.uuid });
    await store.recordDeployment({ pacticipant: 'web', version: 'w1', environmentUuid: test.uuid });
    const figures = await compatibilityFigures(store);
    assert.deepEqual(
      figures.pairs.map((p) => [p.environment, p.consumer, p.provider, p.providerVersion, p.verified]),
      [
        ['production', 'app', 'billing', 'b1', null],
        ['production', 'app', 'orders', 'o1', false],
        ['production', 'web', 'orders', 'o1', true],
      ],
    );
    assert.equal(figures.score, 1 / 3);
    assert.deepEqual(figures.environments, [
      { environment: 'production', score: 1 / 3, pairs: 3, verified: 1 },
      { environment: 'test', score: null, pairs: 0, verified: 0 },
    ]);
    await store.close();
  });
});

describe('stabilityFigures', () => {
  it('counts the window’s verifications per day and pair, with the trend', async () => {
    const time = clock('2026-11-10T12:00:00Z');
    const store = openSqliteStore({ now: time.now });
    const web = await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '1',
      content: pact('web', 'orders'),
    });
    const app = await store.publishPact({
      consumer: 'app',
      provider: 'orders',
      consumerVersion: '1',
      content: pact('app', 'orders'),
    });
    const verify = async (at: string, sha: string, consumer: string, success: boolean) => {
      time.set(at);
      await store.recordVerification({
        consumer,
        provider: 'orders',
        sha,
        providerVersion: 'p',
        success,
        results: {},
      });
    };
    await verify('2026-11-10T12:00:00Z', web.sha, 'web', false); // outside a 7-day window ending on the 24th
    await verify('2026-11-18T09:00:00Z', web.sha, 'web', true);
    await verify('2026-11-20T09:00:00Z', web.sha, 'web', true);
    await verify('2026-11-24T08:00:00Z', web.sha, 'web', false);
    await verify('2026-11-22T09:00:00Z', app.sha, 'app', false);
    await verify('2026-11-24T09:00:00Z', app.sha, 'app', true);
    const figures = await stabilityFigures(store, { days: 7, now: new Date('2026-11-24T10:00:00Z') });
    assert.equal(figures.since, '2026-11-18T00:00:00.000Z');
    assert.deepEqual([figures.total, figures.passed, figures.score], [5, 3, 3 / 5]);
    assert.deepEqual(
      figures.daily.map((day) => `${day.date.slice(8)}:${day.passed}/${day.total}`),
      ['18:1/1', '19:0/0', '20:1/1', '21:0/0', '22:0/1', '23:0/0', '24:1/2'],
    );
    assert.deepEqual(
      figures.pairs.map((pair) => [pair.consumer, pair.total, pair.passed, pair.trend]),
      [
        ['app', 2, 1, 'improving'],
        ['web', 3, 2, 'declining'],
      ],
    );
    const empty = await stabilityFigures(store, { days: 1, now: new Date('2026-12-31T00:00:00Z') });
    assert.deepEqual([empty.score, empty.total, empty.pairs], [null, 0, []]);
    await store.close();
  });
});
