import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getInteraction, httpPact } from '../../../test/support/sample-pacts.ts';
import type { BrokerStore } from '../store/broker-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { deploymentStatus } from './deployment-status.ts';
import { parseMatrixQuery } from './matrix-selectors.ts';
import { queryMatrix } from './query-matrix.ts';
import { validateMatrixQuery } from './validate-matrix-query.ts';

const content = (version: string) => JSON.stringify(httpPact([getInteraction(version, '/')]));

async function seed(): Promise<BrokerStore> {
  const store = openSqliteStore();
  await store.recordVersion('orders', 'o1', 'main');
  await store.recordVersion('orders', 'o2', 'feat');
  for (const version of ['1', '2']) {
    const pact = await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: version,
      content: content(version),
    });
    // o2 verifies first; o1 verifies later: "latest" is by provider version, not by verification.
    for (const [providerVersion, success] of [
      ['o2', version === '1'],
      ['o1', true],
    ] as const)
      await store.recordVerification({
        consumer: 'web',
        provider: 'orders',
        sha: pact.sha,
        providerVersion,
        success,
        results: {},
      });
  }
  return store;
}

const ask = async (store: BrokerStore, query: string) => {
  const { selectors, options } = parseMatrixQuery(new URLSearchParams(query));
  const results = await queryMatrix(store, selectors, options);
  return { results, status: deploymentStatus(results) };
};
const rows = (results: Awaited<ReturnType<typeof ask>>['results']) =>
  results.considered.map(
    (row) => `${row.pact.consumerVersion}:${row.verification?.providerVersion}:${row.verification?.success}`,
  );

describe('the matrix query', () => {
  it('reads q[] and ignore[] selectors as the Pact Broker does: a repeated field starts the next one', () => {
    const { selectors, options } = parseMatrixQuery(
      new URLSearchParams(
        'q[][pacticipant]=web&q[][version]=1&q[][pacticipant]=orders&q[][latest]=true&q[][tag]=prod&q[][version]=&latestby=cvpv&environment=production&ignore[][pacticipant]=billing&ignore[][version]=3&ignore[][pacticipant]=audit',
      ),
    );
    assert.deepEqual(
      selectors.map((s) => [s.pacticipant, s.version, s.latest, s.tag]),
      [
        ['web', '1', undefined, undefined],
        ['orders', undefined, true, 'prod'],
      ],
    );
    assert.equal(options.latestby, 'cvpv');
    assert.equal(options.environment, 'production');
    assert.deepEqual(
      options.ignore?.map((s) => [s.pacticipant, s.version]),
      [
        ['billing', '3'],
        ['audit', undefined],
      ],
    );
  });

  it('keeps every verification without latestby, the latest provider version per pact with cvp, one per provider version with cvpv', async () => {
    const store = await seed();
    assert.deepEqual(rows((await ask(store, 'q[][pacticipant]=web&q[][version]=1')).results), [
      '1:o2:true',
      '1:o1:true',
    ]);
    assert.deepEqual(rows((await ask(store, 'q[][pacticipant]=web&q[][version]=2&latestby=cvp')).results), [
      '2:o2:false',
    ]);
    assert.deepEqual(rows((await ask(store, 'q[][pacticipant]=web&q[][version]=2&latestby=cvpv')).results), [
      '2:o2:false',
      '2:o1:true',
    ]);
    assert.deepEqual(rows((await ask(store, 'q[][pacticipant]=web&success[]=false')).results), [
      '2:o2:false',
    ]);
  });

  it('infers the versions of the integrated applications in the target: latest, a tag, the main branch', async () => {
    const store = await seed();
    await store.addTag('orders', 'o1', 'prod');
    const latest = await ask(store, 'q[][pacticipant]=web&q[][version]=2&latestby=cvp&latest=true');
    assert.equal(latest.status.deployable, false);
    assert.match(
      latest.status.reasons.at(-1)?.text ?? '',
      /version 2 of web and the latest version of orders \(o2\) failed/,
    );
    const tagged = await ask(store, 'q[][pacticipant]=web&q[][version]=2&latestby=cvp&tag=prod');
    assert.equal(tagged.status.deployable, true);
    assert.deepEqual(rows(tagged.results), ['2:o1:true']);
    assert.deepEqual(
      tagged.status.requirements.map((item) => item.text),
      [
        'The verification for the pact between version 2 of web and a version of orders with tag prod (o1) passed',
      ],
    );
    await store.savePacticipant('orders', { mainBranch: 'main' });
    const main = await ask(
      store,
      'q[][pacticipant]=web&q[][version]=2&latestby=cvp&mainBranch=true&latest=true',
    );
    assert.equal(main.status.deployable, true);
    assert.deepEqual(rows(main.results), ['2:o1:true']);
  });

  it('ignores rows of an ignored pacticipant, and warns about an ignore selector that matches nothing', async () => {
    const store = await seed();
    const ignored = await ask(
      store,
      'q[][pacticipant]=web&q[][version]=2&latestby=cvp&latest=true&ignore[][pacticipant]=orders&ignore[][pacticipant]=audit&ignore[][pacticipant]=orders&ignore[][version]=o9',
    );
    assert.equal(ignored.status.deployable, true);
    assert.deepEqual(ignored.status.counts, { success: 0, failed: 0, unknown: 0, ignored: 1 });
    assert.deepEqual(
      ignored.status.reasons
        .filter((reason) => reason.type === 'warning')
        .map((reason) => reason.text)
        .slice(0, 2),
      [
        'WARN: Cannot ignore any version of audit (no such pacticipant exists)',
        'WARN: Cannot ignore version o9 of orders (no such version exists)',
      ],
    );
  });

  it('says no, with the reason, for a version that does not exist', async () => {
    const store = await seed();
    const { status } = await ask(store, 'q[][pacticipant]=web&q[][version]=9&latestby=cvp&latest=true');
    assert.equal(status.deployable, false);
    assert.equal(
      status.reasons.at(-1)?.text,
      'No pacts or verifications have been published for version 9 of web',
    );
  });

  it('refuses what the Pact Broker refuses, in its words', async () => {
    const store = await seed();
    const problems = async (query: string) => {
      const { selectors, options, latestby } = parseMatrixQuery(new URLSearchParams(query));
      return validateMatrixQuery(store, selectors, options, latestby);
    };
    assert.deepEqual(await problems(''), ['Please provide 1 or more version selectors.']);
    assert.deepEqual(await problems('q[][pacticipant]=nope&q[][version]=1'), ['Pacticipant nope not found']);
    assert.deepEqual(await problems('q[][pacticipant]=web&q[][version]=1&q[][latest]=true'), [
      'A version number and latest flag cannot both be specified for web',
    ]);
    assert.deepEqual(await problems('q[][pacticipant]=web&tag=prod&environment=production'), [
      'Cannot specify more than one of tag, environment and mainBranch.',
      "Environment with name 'production' does not exist",
    ]);
    assert.deepEqual(await problems('q[][pacticipant]=web&latest=true&latestby=xyz'), [
      "latestby must be one of cvp, cvpv or cp (got 'xyz')",
    ]);
  });
});
