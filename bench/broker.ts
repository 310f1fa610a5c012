/**
 * The broker at scale (issue 4 §5), on the embedded node:sqlite store and on PostgreSQL, with the
 * same seeded data and the same questions: seeds 500 pacticipants × 50 versions and 200,000
 * verification results, then measures over HTTP (keep-alive fetch) can-i-deploy, the matrix and
 * for-verification (p50/p99), and the start time. Targets, on each store: can-i-deploy and matrix
 * p99 ≤ 20 ms, for-verification p99 ≤ 50 ms, start < 300 ms.
 *
 * Seeding goes through the BrokerStore interface into the embedded store, one transaction per
 * call (the store exposes no database handle and no bulk method). Its data folder is on /dev/shm
 * when there is one, so that seeding is not bound by fsync (queries read from the page cache
 * either way). PostgreSQL is then seeded by a bulk path that lives in the bench
 * (broker-postgres-seed.ts): every row the embedded store wrote is copied, ids and timestamps
 * included, with multi-row INSERTs into a fresh schema (postgres-test-schema.ts) that
 * `openPostgresStore` has migrated, and that is dropped afterwards. So both stores hold exactly
 * what the store wrote; seeding PostgreSQL one interface call at a time would cost a dozen round
 * trips per verification for the same rows.
 *
 * Start: on the embedded store, opening the existing data folder; on PostgreSQL, connecting to
 * the seeded database (which checks its migrations). Each question is asked a few times before
 * timing starts, on both stores, so that neither pays a cold connection or statement cache in the
 * figures; the answers are tallied (deployable, rows, pacts) to show both stores answered alike.
 *
 * Stores: SEAM_BENCH_BROKER_STORES (default `sqlite,postgres`); PostgreSQL at
 * SEAM_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test). Sizes scale down with
 * SEAM_BENCH_BROKER_PACTICIPANTS, _VERSIONS and _VERIFICATIONS; SEAM_BENCH_BROKER_SAMPLES and
 * _SECONDS bound each measurement.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  type BrokerStore,
  createBrokerHandler,
  openPostgresStore,
  openSqliteStore,
  redactUrl,
  type StartBrokerOptions,
  startBroker,
} from '../src/broker/index.ts';
import { createTestSchema, testDatabaseUrl } from '../test/support/postgres-test-schema.ts';
import { explainQuestion } from './broker-postgres-plan.ts';
import { copySqliteToPostgres } from './broker-postgres-seed.ts';
import { round, type Summary, summarize } from './stats.ts';

const pacticipants = Number(process.env.SEAM_BENCH_BROKER_PACTICIPANTS ?? 500);
const versions = Number(process.env.SEAM_BENCH_BROKER_VERSIONS ?? 50);
const verifications = Number(process.env.SEAM_BENCH_BROKER_VERIFICATIONS ?? 200_000);
const samples = Number(process.env.SEAM_BENCH_BROKER_SAMPLES ?? 300);
const seconds = Number(process.env.SEAM_BENCH_BROKER_SECONDS ?? 30);
const warmUp = 10;

/** The stores the bench can measure. */
const knownStores = ['sqlite', 'postgres'] as const;
type StoreKind = (typeof knownStores)[number];

function wantedStores(): StoreKind[] {
  const names = (process.env.SEAM_BENCH_BROKER_STORES ?? knownStores.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(knownStores as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0)
    throw new Error(
      `SEAM_BENCH_BROKER_STORES: unknown store ${unknown.join(', ') || '(none given)'}; known: ${knownStores.join(', ')}`,
    );
  return knownStores.filter((kind) => names.includes(kind));
}

// Deterministic randomness (mulberry32), so every run asks the same questions.
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const name = (i: number) => `svc-${String(i).padStart(3, '0')}`;
const version = (v: number) => `${v}.0.0`;
const branchOf = (v: number) => (v % 4 === 3 ? `feature/f${v}` : 'main');

/**
 * A consumer and its provider.
 *
 * @example
 * const link: Integration = { consumer: 'svc-000', provider: 'svc-250' };
 */
export interface Integration {
  readonly consumer: string;
  readonly provider: string;
}

/**
 * Half the pacticipants are consumers, each with one provider in the other half.
 *
 * @example
 * const links = integrations(); // 250 links for 500 pacticipants
 */
export function integrations(): Integration[] {
  const consumers = Math.floor(pacticipants / 2);
  const providers = pacticipants - consumers;
  return Array.from({ length: consumers }, (_, i) => ({
    consumer: name(i),
    provider: name(consumers + ((i * 37) % providers)),
  }));
}

function pactText(link: Integration, revision: number): string {
  return JSON.stringify({
    consumer: { name: link.consumer },
    provider: { name: link.provider },
    interactions: Array.from({ length: 5 }, (_, k) => ({
      description: `request ${k} of revision ${revision}`,
      request: { method: 'GET', path: `/items/${k}` },
      response: { status: 200, body: { id: k, revision } },
    })),
    metadata: { pactSpecification: { version: '3.0.0' } },
  });
}

/**
 * Seeds the store through the BrokerStore interface: every link publishes a pact per version
 * (content changing every 5 versions), providers record their versions, every tenth version is
 * tagged `prod`, verifications are spread over the links, and every pacticipant is deployed to
 * `production` and `test`.
 *
 * @example
 * const counts = await seed(openSqliteStore({ dataDir }), integrations());
 */
export async function seed(
  store: BrokerStore,
  links: readonly Integration[],
): Promise<{ publications: number; contents: number; verifications: number }> {
  const shas = new Map<string, string>();
  const consumers = new Set(links.map((link) => link.consumer));
  // Version by version across all pacticipants, so "latest" is the highest number everywhere.
  for (let v = 0; v < versions; v++) {
    for (const link of links) {
      // The content changes every 5 versions: publications share (deduplicate) their content.
      const pact = await store.publishPact({
        consumer: link.consumer,
        provider: link.provider,
        consumerVersion: version(v),
        branch: branchOf(v),
        content: pactText(link, Math.floor(v / 5)),
      });
      shas.set(`${link.consumer}@${v}`, pact.sha);
    }
    for (let i = 0; i < pacticipants; i++) {
      if (!consumers.has(name(i))) await store.recordVersion(name(i), version(v), branchOf(v));
      if (v % 10 === 0) await store.addTag(name(i), version(v), 'prod');
    }
  }
  const random = createRandom(7);
  const perLink = Math.floor(verifications / Math.max(1, links.length));
  for (const link of links) {
    for (let n = 0; n < perLink; n++) {
      const providerVersion = n % versions;
      const consumerVersion = Math.max(0, providerVersion - Math.floor(random() * 8));
      await store.recordVerification({
        consumer: link.consumer,
        provider: link.provider,
        sha: shas.get(`${link.consumer}@${consumerVersion}`) ?? '',
        providerVersion: version(providerVersion),
        success: random() > 0.05,
        results: { testResults: [], verifiedBy: { implementation: 'seam-bench' } },
      });
    }
  }
  const production = await store.createEnvironment({ name: 'production', production: true });
  const test = await store.createEnvironment({ name: 'test' });
  for (let i = 0; i < pacticipants; i++) {
    const pacticipant = name(i);
    if (production !== undefined)
      await store.recordDeployment({
        pacticipant,
        version: version(versions - 5),
        environmentUuid: production.uuid,
      });
    if (test !== undefined)
      await store.recordDeployment({
        pacticipant,
        version: version(versions - 1),
        environmentUuid: test.uuid,
      });
  }
  return {
    publications: links.length * versions,
    contents: new Set(shas.values()).size,
    verifications: perLink * links.length,
  };
}

// Times `ask`; `tally` counts what each successful answer said, summed to compare the stores.
async function measure(ask: () => Promise<Response>, tally: (body: string) => number) {
  for (let i = 0; i < warmUp; i++) await (await ask()).arrayBuffer();
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  let answers = 0;
  const until = performance.now() + seconds * 1000;
  for (let i = 0; i < samples && performance.now() < until; i++) {
    const start = performance.now();
    const response = await ask();
    const body = await response.text();
    times.push(performance.now() - start);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (response.ok) answers += tally(body);
  }
  return { summary: { ...summarize(times), statuses }, answers };
}

async function startTimes(options: StartBrokerOptions): Promise<Summary> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const broker = await startBroker(options);
    times.push(performance.now() - start);
    await broker.close();
  }
  return summarize(times);
}

const targets = { canIDeployP99Ms: 20, matrixP99Ms: 20, forVerificationP99Ms: 50, startMs: 300 };

// The same questions, in the same order, on every store.
async function measureStore(options: StartBrokerOptions, links: readonly Integration[]) {
  const start = await startTimes(options);
  await using broker = await startBroker(options);
  const random = createRandom(42);
  const pick = (n: number) => Math.floor(random() * n);
  const pickLink = () => links[pick(links.length)] as Integration;
  const json = (body: string) => JSON.parse(body) as Record<string, unknown>;
  const canIDeploy = await measure(
    () =>
      fetch(
        `${broker.url}/can-i-deploy?pacticipant=${name(pick(pacticipants))}&version=${version(pick(versions))}&environment=production`,
      ),
    (body) => ((json(body).summary as { deployable?: boolean } | undefined)?.deployable === true ? 1 : 0),
  );
  const matrix = await measure(
    () => {
      const link = pickLink();
      const q = `q[][pacticipant]=${link.consumer}&q[][version]=${version(pick(versions))}&q[][pacticipant]=${link.provider}&latestby=cvpv`;
      return fetch(`${broker.url}/matrix?${q.replaceAll('[', '%5B').replaceAll(']', '%5D')}`);
    },
    (body) => (json(body).matrix as unknown[] | undefined)?.length ?? 0,
  );
  const forVerification = await measure(
    () =>
      fetch(`${broker.url}/pacts/provider/${pickLink().provider}/for-verification`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          // deployedOrReleased is not supported by the broker yet (400), so main and a feature branch.
          consumerVersionSelectors: [{ mainBranch: true }, { branch: branchOf(versions - 1) }],
          includePendingStatus: true,
          includeWipPactsSince: '2020-01-01',
        }),
      }),
    (body) => ((json(body)._embedded as { pacts?: unknown[] } | undefined)?.pacts ?? []).length,
  );
  return {
    startMs: start,
    canIDeployMs: canIDeploy.summary,
    matrixMs: matrix.summary,
    forVerificationMs: forVerification.summary,
    // Summed over the timed requests: equal on every store when they hold the same data.
    answers: {
      canIDeployDeployable: canIDeploy.answers,
      matrixRows: matrix.answers,
      forVerificationPacts: forVerification.answers,
    },
    targets,
    // A target counts as met only when every timed request succeeded: fast errors are not speed.
    met: {
      canIDeploy: canIDeploy.summary.p99 <= 20 && allOk(canIDeploy.summary.statuses),
      matrix: matrix.summary.p99 <= 20 && allOk(matrix.summary.statuses),
      forVerification: forVerification.summary.p99 <= 50 && allOk(forVerification.summary.statuses),
      start: start.median < 300,
    },
  };
}

/**
 * Runs the bench on each wanted store. The embedded store's figures keep the top-level shape of
 * earlier runs; PostgreSQL's are under `postgres`, in the same shape.
 *
 * @example
 * const results = await run(); // { store, seeded, startMs, canIDeployMs, ..., postgres: { ... } }
 */
export async function run(): Promise<Record<string, unknown>> {
  const stores = wantedStores();
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dataDir = await mkdtemp(join(base, 'seam-bench-broker-'));
  try {
    const links = integrations();
    const seedStart = performance.now();
    const store = openSqliteStore({ dataDir });
    const seeded = await seed(store, links);
    await store.close();
    const seedMs = round(performance.now() - seedStart);
    process.stderr.write(`broker bench: seeded the embedded store in ${seedMs} ms\n`);
    const counts = { pacticipants, versionsPerPacticipant: versions, ...seeded };
    // Other work on the machine shows in the p99s: the 1-minute load average says how much there was.
    const results: Record<string, unknown> = {
      stores,
      loadAverage: { afterSeeding: round(loadavg()[0] ?? 0) },
    };
    if (stores.includes('sqlite')) {
      const figures = await measureStore({ dataDir }, links);
      process.stderr.write('broker bench: measured the embedded store\n');
      Object.assign(results, {
        store: 'node:sqlite (embedded)',
        dataDir: base,
        seeded: { ...counts, seedMs, via: 'BrokerStore interface' },
        ...figures,
      });
    }
    if (stores.includes('postgres'))
      results.postgres = await runPostgres(join(dataDir, 'broker.sqlite'), links, {
        ...counts,
        seedMs,
      });
    (results.loadAverage as Record<string, number>).atEnd = round(loadavg()[0] ?? 0);
    return results;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function runPostgres(
  sqliteFile: string,
  links: readonly Integration[],
  counts: Record<string, number>,
) {
  const schema = await createTestSchema();
  try {
    const { databaseUrl } = schema;
    // Migrates the fresh schema, as any broker's first start would.
    const migrated = await openPostgresStore({ databaseUrl });
    await migrated.close();
    const copyStart = performance.now();
    const copied = await copySqliteToPostgres(sqliteFile, databaseUrl);
    const copyMs = round(performance.now() - copyStart);
    process.stderr.write(`broker bench: copied the seeded rows into PostgreSQL in ${copyMs} ms\n`);
    const server = await serverVersion(databaseUrl);
    const figures = await measureStore({ databaseUrl }, links);
    process.stderr.write('broker bench: measured PostgreSQL\n');
    const plan = await canIDeployPlan(databaseUrl);
    return {
      store: 'PostgreSQL',
      server,
      database: redactUrl(testDatabaseUrl),
      seeded: {
        ...counts,
        copyMs,
        rows: copied,
        via: 'BrokerStore interface into the embedded store, then its rows copied (multi-row INSERT ... unnest) into a fresh, migrated schema',
      },
      ...figures,
      canIDeployPlan: plan,
    };
  } finally {
    await schema.drop();
  }
}

// The plans of the first timed can-i-deploy question, on the data just measured.
async function canIDeployPlan(databaseUrl: string) {
  const store = await openPostgresStore({ databaseUrl });
  try {
    const random = createRandom(42);
    const path = `/can-i-deploy?pacticipant=${name(Math.floor(random() * pacticipants))}&version=${version(Math.floor(random() * versions))}&environment=production`;
    return {
      question: path,
      statements: await explainQuestion(createBrokerHandler(store), path, databaseUrl),
    };
  } finally {
    await store.close();
  }
}

// The store has no raw query: the server's version is read with pg directly.
async function serverVersion(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return String((await client.query('SHOW server_version')).rows[0]?.server_version);
  } finally {
    await client.end();
  }
}

function allOk(statuses: Record<number, number>): boolean {
  return Object.keys(statuses).every((status) => Number(status) >= 200 && Number(status) < 300);
}
