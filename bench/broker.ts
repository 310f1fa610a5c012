/**
 * The broker at scale (issue 4 §5), embedded node:sqlite store: seeds 500 pacticipants × 50
 * versions and 200,000 verification results, then measures over HTTP (keep-alive fetch)
 * can-i-deploy, the matrix and for-verification (p50/p99), and the start time on the existing data
 * folder. Targets: can-i-deploy and matrix p99 ≤ 20 ms, for-verification p99 ≤ 50 ms, start < 300 ms.
 *
 * The store exposes no database handle and no bulk method, so seeding goes through the BrokerStore
 * interface, one transaction per call. The data folder is on /dev/shm when there is one, so that
 * seeding is not bound by fsync (queries read from the page cache either way). Sizes scale down
 * with SEAM_BENCH_BROKER_PACTICIPANTS, _VERSIONS and _VERIFICATIONS; SEAM_BENCH_BROKER_SAMPLES and
 * _SECONDS bound each measurement.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BrokerStore, openSqliteStore, startBroker } from '../src/broker/index.ts';
import { round, summarize } from './stats.ts';

const pacticipants = Number(process.env.SEAM_BENCH_BROKER_PACTICIPANTS ?? 500);
const versions = Number(process.env.SEAM_BENCH_BROKER_VERSIONS ?? 50);
const verifications = Number(process.env.SEAM_BENCH_BROKER_VERIFICATIONS ?? 200_000);
const samples = Number(process.env.SEAM_BENCH_BROKER_SAMPLES ?? 300);
const seconds = Number(process.env.SEAM_BENCH_BROKER_SECONDS ?? 30);

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

/** Half the pacticipants are consumers, each with one provider in the other half. */
interface Integration {
  readonly consumer: string;
  readonly provider: string;
}

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

export async function seed(store: BrokerStore, links: readonly Integration[]) {
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

async function measure(ask: () => Promise<Response>) {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  const until = performance.now() + seconds * 1000;
  for (let i = 0; i < samples && performance.now() < until; i++) {
    const start = performance.now();
    const response = await ask();
    await response.arrayBuffer();
    times.push(performance.now() - start);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  }
  return { ...summarize(times), statuses };
}

async function startTimes(dataDir: string) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const broker = await startBroker({ dataDir });
    times.push(performance.now() - start);
    await broker.close();
  }
  return summarize(times);
}

export async function run(): Promise<Record<string, unknown>> {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dataDir = await mkdtemp(join(base, 'seam-bench-broker-'));
  try {
    const links = integrations();
    const seedStart = performance.now();
    const store = openSqliteStore({ dataDir });
    const seeded = await seed(store, links);
    await store.close();
    const seedMs = round(performance.now() - seedStart);
    process.stderr.write(`broker bench: seeded in ${seedMs} ms\n`);
    const start = await startTimes(dataDir);

    await using broker = await startBroker({ dataDir });
    const random = createRandom(42);
    const pick = (n: number) => Math.floor(random() * n);
    const pickLink = () => links[pick(links.length)] as Integration;
    const canIDeploy = await measure(() =>
      fetch(
        `${broker.url}/can-i-deploy?pacticipant=${name(pick(pacticipants))}&version=${version(pick(versions))}&environment=production`,
      ),
    );
    const matrix = await measure(() => {
      const link = pickLink();
      const q = `q[][pacticipant]=${link.consumer}&q[][version]=${version(pick(versions))}&q[][pacticipant]=${link.provider}&latestby=cvpv`;
      return fetch(`${broker.url}/matrix?${q.replaceAll('[', '%5B').replaceAll(']', '%5D')}`);
    });
    const forVerification = await measure(() =>
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
    );
    return {
      store: 'node:sqlite (embedded)',
      dataDir: base,
      seeded: {
        pacticipants,
        versionsPerPacticipant: versions,
        ...seeded,
        seedMs,
        via: 'BrokerStore interface',
      },
      startMs: start,
      canIDeployMs: canIDeploy,
      matrixMs: matrix,
      forVerificationMs: forVerification,
      targets: { canIDeployP99Ms: 20, matrixP99Ms: 20, forVerificationP99Ms: 50, startMs: 300 },
      // A target counts as met only when every timed request succeeded: fast errors are not speed.
      met: {
        canIDeploy: canIDeploy.p99 <= 20 && allOk(canIDeploy.statuses),
        matrix: matrix.p99 <= 20 && allOk(matrix.statuses),
        forVerification: forVerification.p99 <= 50 && allOk(forVerification.statuses),
        start: start.median < 300,
      },
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function allOk(statuses: Record<number, number>): boolean {
  return Object.keys(statuses).every((status) => Number(status) >= 200 && Number(status) < 300);
}
