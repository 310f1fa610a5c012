import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SelectablePact } from '../store/broker-store.ts';
import type { ConsumerVersionSelector } from './consumer-version-selector.ts';
import { defaultSelectors } from './default-selectors.ts';
import { parseSelectors } from './parse-selectors.ts';
import { selectPacts } from './select-pacts.ts';
import { selectWipPacts } from './select-wip-pacts.ts';

interface Seed {
  readonly consumer: string;
  readonly version: string;
  readonly branch?: string;
  readonly main?: string;
  readonly tags?: string[];
  readonly deployedTo?: string[];
  readonly releasedTo?: string[];
  readonly createdAt?: string;
  readonly sha?: string;
}

function candidate(seed: Seed): SelectablePact {
  return {
    pact: {
      consumer: seed.consumer,
      provider: 'orders',
      consumerVersion: seed.version,
      consumerBranch: seed.branch,
      sha: seed.sha ?? `${seed.consumer}-${seed.version}`,
      content: '',
      createdAt: seed.createdAt ?? '2026-06-01T00:00:00.000Z',
    },
    consumerMainBranch: seed.main,
    tags: seed.tags ?? [],
    deployedTo: seed.deployedTo ?? [],
    releasedTo: seed.releasedTo ?? [],
  };
}

// Oldest first, as the store lists them.
const candidates = [
  candidate({ consumer: 'web', version: 'w1', branch: 'main', main: 'main', deployedTo: ['production'] }),
  candidate({
    consumer: 'app',
    version: 'a1',
    branch: 'master',
    main: 'master',
    tags: ['prod'],
    releasedTo: ['production'],
  }),
  candidate({ consumer: 'web', version: 'w2', branch: 'main', main: 'main', tags: ['prod'] }),
  candidate({ consumer: 'web', version: 'w3', branch: 'feat-x', main: 'main', deployedTo: ['test'] }),
  candidate({ consumer: 'app', version: 'a2', branch: 'feat-x', main: 'master' }),
  candidate({
    consumer: 'app',
    version: 'a3',
    branch: 'master',
    main: 'master',
    createdAt: '2026-07-01T00:00:00.000Z',
  }),
];

const select = (selectors: ConsumerVersionSelector[], branch?: string) =>
  selectPacts(candidates, selectors, branch).map(({ candidate, reasons }) => [
    candidate.pact.consumerVersion,
    reasons,
  ]);

describe('selectPacts', () => {
  it('mainBranch: the latest version of each consumer from its own main branch', () => {
    assert.deepEqual(select([{ mainBranch: true }]), [
      ['a3', ["latest version of app from its main branch 'master'"]],
      ['w2', ["latest version of web from its main branch 'main'"]],
    ]);
  });
  it('branch, matchingBranch, and the fallbacks when a consumer has no version on the branch', () => {
    assert.deepEqual(
      select([{ branch: 'feat-x' }]).map(([v]) => v),
      ['a2', 'w3'],
    );
    assert.deepEqual(
      select([{ matchingBranch: true }], 'feat-x').map(([v]) => v),
      ['a2', 'w3'],
    );
    assert.deepEqual(select([{ branch: 'feat-y', fallbackBranch: 'main' }]), [
      ['w2', ["latest version of web from branch 'main' (fallback for 'feat-y')"]],
    ]);
    assert.deepEqual(
      select([{ branch: 'feat-y', fallbackToMainBranch: true }]).map(([v]) => v),
      ['a3', 'w2'],
    );
  });
  it('tag: the latest, or every version with it; fallbackTag for consumers without it', () => {
    assert.deepEqual(
      select([{ tag: 'prod', latest: true }]).map(([v]) => v),
      ['a1', 'w2'],
    );
    assert.deepEqual(
      select([{ tag: 'prod' }]).map(([v]) => v),
      ['a1', 'w2'],
    );
    assert.deepEqual(
      selectPacts(
        [...candidates, candidate({ consumer: 'web', version: 'w4', tags: ['prod'] })],
        [{ tag: 'prod' }],
        undefined,
      ).map(({ candidate }) => candidate.pact.consumerVersion),
      ['a1', 'w2', 'w4'],
    );
    assert.deepEqual(select([{ tag: 'qa', latest: true, fallbackTag: 'prod' }]), [
      ['a1', ["latest version of app tagged 'prod' (fallback for 'qa')"]],
      ['w2', ["latest version of web tagged 'prod' (fallback for 'qa')"]],
    ]);
  });
  it('deployed, released, deployedOrReleased and environment', () => {
    assert.deepEqual(
      select([{ deployed: true }]).map(([v]) => v),
      ['w1', 'w3'],
    );
    assert.deepEqual(
      select([{ deployed: true, environment: 'production' }]).map(([v]) => v),
      ['w1'],
    );
    assert.deepEqual(select([{ released: true }]), [
      ['a1', ['a version of app released and supported in production']],
    ]);
    assert.deepEqual(
      select([{ deployedOrReleased: true }]).map(([v]) => v),
      ['a1', 'w1', 'w3'],
    );
    assert.deepEqual(
      select([{ environment: 'production' }]).map(([v]) => v),
      ['a1', 'w1'],
    );
  });
  it('latest alone, the consumer filter, and one entry per content with every reason', () => {
    assert.deepEqual(
      select([{ latest: true }]).map(([v]) => v),
      ['a3', 'w3'],
    );
    assert.deepEqual(
      select([{ latest: true, consumer: 'web' }]).map(([v]) => v),
      ['w3'],
    );
    assert.deepEqual(
      select([
        { mainBranch: true, consumer: 'web' },
        { tag: 'prod', latest: true },
      ]),
      [
        ['a1', ["latest version of app tagged 'prod'"]],
        ['w2', ["latest version of web from its main branch 'main'", "latest version of web tagged 'prod'"]],
      ],
    );
  });
});

describe('defaultSelectors', () => {
  it("selects each consumer's main branch (else its main-branch tag, else its latest) plus deployed and released", () => {
    const noMainBranchVersions = [
      candidate({ consumer: 'cli', version: 'c1', main: 'main', tags: ['main'] }),
      candidate({ consumer: 'cli', version: 'c2' }),
      candidate({ consumer: 'job', version: 'j1' }),
      ...candidates,
    ];
    assert.deepEqual(defaultSelectors(noMainBranchVersions), [
      { consumer: 'app', mainBranch: true },
      { consumer: 'cli', tag: 'main', latest: true },
      { consumer: 'job', latest: true },
      { consumer: 'web', mainBranch: true },
      { deployed: true },
      { released: true },
    ]);
  });
});

describe('selectWipPacts', () => {
  const selected = selectPacts(candidates, [{ mainBranch: true }], 'main');
  it('the heads of every branch and tag published since the date, not selected and not verified', () => {
    const wip = selectWipPacts(candidates, selected, new Set(['web-w3']), new Date('2026-01-01'));
    assert.deepEqual(
      wip.map(({ candidate, reasons }) => [candidate.pact.consumerVersion, reasons]),
      [
        ['a1', ["latest version of app tagged 'prod'"]],
        ['a2', ["latest version of app from branch 'feat-x'"]],
      ],
    );
  });
  it('nothing published before the date', () => {
    assert.deepEqual(selectWipPacts(candidates, selected, new Set(), new Date('2026-12-01')), []);
  });
});

describe('parseSelectors', () => {
  const environments = new Set(['production']);
  const errors = (selectors: unknown, branch?: string) => {
    const parsed = parseSelectors(selectors, branch, environments);
    return 'errors' in parsed ? parsed.errors : [];
  };
  it('accepts valid selectors, ignoring unknown keys', () => {
    assert.deepEqual(parseSelectors([{ mainBranch: true, note: 'x' }], undefined, environments), {
      selectors: [{ mainBranch: true, note: 'x' }],
    });
    assert.deepEqual(
      errors([{ deployed: true, environment: 'production' }, { matchingBranch: true }], 'main'),
      [],
    );
  });
  it('refuses what the Pact Broker refuses, each problem named with its selector', () => {
    assert.deepEqual(errors({}), ['must be an array of selector objects']);
    assert.deepEqual(errors([1, { consumer: 'web' }]), [
      '[0] must be an object',
      '[1] must specify at least one of mainBranch, branch, matchingBranch, tag, latest, deployed, released, deployedOrReleased or environment',
    ]);
    assert.deepEqual(errors([{ mainBranch: false }, { branch: '' }, { latest: 'yes', tag: 'x' }]), [
      '[0] mainBranch must be true when given',
      '[1] branch must be a non-empty string',
      '[2] latest must be true or false',
    ]);
    assert.deepEqual(errors([{ mainBranch: true, tag: 'x' }]), [
      '[0] mainBranch cannot be combined with any other field but consumer and latest',
    ]);
    assert.deepEqual(errors([{ tag: 'x', fallbackTag: 'y' }]), ['[0] fallbackTag requires latest: true']);
    assert.deepEqual(errors([{ branch: 'x', deployed: true }]), ['[0] cannot specify branch with deployed']);
    assert.deepEqual(errors([{ deployed: true, released: true }]), [
      '[0] deployed and released cannot be used together',
    ]);
    assert.deepEqual(errors([{ branch: 'x', latest: false }]), [
      '[0] branch cannot be used with latest: false',
    ]);
  });
});
