/**
 * Publishing pacts whose content names the write, and checking afterwards that every acknowledged
 * write is still there: shared by the durability test and `npm run bench broker-durability`; and
 * `npm run bench broker-writes`, the publish path measured (see {@link run}).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { createBrokerHandler } from '../src/broker/create-broker-handler.ts';
import { type BrokerStore, openPostgresStore, openSqliteStore } from '../src/broker/index.ts';
import { createWebhookDispatcher } from '../src/broker/webhooks/webhook-dispatcher.ts';
import { createTestSchema } from '../test/support/postgres-test-schema.ts';
import { summarize } from './stats.ts';

/** A pact whose single interaction names the write, so its presence can be checked by content. */
export function pactBody(consumer: string, provider: string, id: string): string {
  return JSON.stringify({
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      { description: `write ${id}`, request: { method: 'GET', path: `/w/${id}` }, response: { status: 200 } },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  });
}

/** One acknowledged (2xx) publication. */
export interface Ack {
  readonly consumer: string;
  readonly provider: string;
  readonly version: string;
}

const pactUrl = (base: string, ack: Ack) =>
  `${base}/pacts/provider/${ack.provider}/consumer/${ack.consumer}/version/${ack.version}`;

/** Publishes until `until()` says stop; returns the writes the broker acknowledged with a 2xx. */
export async function publishUntil(base: string, client: number, until: () => boolean): Promise<Ack[]> {
  const acks: Ack[] = [];
  for (let n = 0; !until(); n++) {
    const ack = { consumer: `c${client}`, provider: `p${client % 7}`, version: `${client}.${n}` };
    try {
      const response = await fetch(pactUrl(base, ack), {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: pactBody(ack.consumer, ack.provider, ack.version),
      });
      await response.arrayBuffer();
      if (response.ok) acks.push(ack);
    } catch {
      // Not acknowledged (connection refused or reset): nothing is owed for this write.
      return acks;
    }
  }
  return acks;
}

/** The acknowledged writes the broker does not return with their own content. */
export async function missingWrites(base: string, acks: readonly Ack[]): Promise<Ack[]> {
  const missing: Ack[] = [];
  for (const ack of acks) {
    const response = await fetch(pactUrl(base, ack));
    const text = await response.text();
    if (!response.ok || !text.includes(`write ${ack.version}`)) missing.push(ack);
  }
  return missing;
}

/**
 * `npm run bench broker-writes` (issue 10 §1): the publish path, on the embedded store (a data
 * folder, WAL, as `seam broker serve` runs it) and on PostgreSQL (a fresh schema). Each store is
 * sent SEAM_BENCH_WRITES_COUNT (default 200) `POST /contracts/publish` requests in process (one
 * pact each, a new consumer version, one tag, alternating providers) and as many legacy `PUT`s,
 * with one webhook registered for another provider (so the dispatcher reads what it needs but
 * delivers nothing). Reported per publication: p50/p99 ms (the handler's answer plus the webhook
 * dispatcher's background work, awaited), the store calls and the SQL statements it made: those
 * counts do not depend on the machine's load, so they compare runs taken on a busy shared machine.
 */
export async function run(): Promise<Record<string, unknown>> {
  const count = Number(process.env.SEAM_BENCH_WRITES_COUNT ?? 200);
  const stores = (process.env.SEAM_BENCH_WRITES_STORES ?? 'sqlite,postgres').split(',');
  const results: Record<string, unknown> = { publications: count };
  for (const kind of stores) results[kind] = await measureStore(kind, count);
  // The results file keeps one run per label (SEAM_BENCH_WRITES_LABEL, default `after`), so the
  // figures before and after a change of the publish path sit side by side.
  const label = process.env.SEAM_BENCH_WRITES_LABEL ?? 'after';
  return { ...earlierRuns(), [label]: { date: new Date().toISOString(), ...results } };
}

function earlierRuns(): Record<string, unknown> {
  const file = new URL('./results/broker-writes.json', import.meta.url);
  if (!existsSync(file)) return {};
  const { before, after } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

// Every SQL statement either store sends (BEGIN and COMMIT included), counted below the store, so
// that the count holds whatever the store's inner layout.
let statements = 0;
for (const method of ['prepare', 'exec'] as const) {
  const original = DatabaseSync.prototype[method] as (...args: unknown[]) => unknown;
  DatabaseSync.prototype[method] = function (this: DatabaseSync, ...args: unknown[]) {
    statements++;
    return original.apply(this, args);
  } as never;
}
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return originalQuery.apply(this, args);
} as never;

async function measureStore(kind: string, count: number): Promise<Record<string, unknown>> {
  if (kind === 'sqlite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'seam-bench-writes-'));
    try {
      return await measure(openSqliteStore({ dataDir }), count);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  if (kind !== 'postgres')
    throw new Error(`SEAM_BENCH_WRITES_STORES: unknown store ${kind}; known: sqlite, postgres`);
  const schema = await createTestSchema();
  try {
    return await measure(await openPostgresStore({ databaseUrl: schema.databaseUrl }), count);
  } finally {
    await schema.drop();
  }
}

async function measure(store: BrokerStore, count: number): Promise<Record<string, unknown>> {
  let calls = 0;
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls++;
        return value.apply(target, args);
      };
    },
  });
  const webhooks = createWebhookDispatcher(counted);
  const handler = createBrokerHandler(counted, { webhooks });
  const call = async (request: Request) => {
    const response = await handler(request);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${request.method} ${request.url}: HTTP ${response.status}`);
  };
  await store.saveWebhook('bench-webhook', {
    provider: 'elsewhere',
    events: ['contract_published'],
    enabled: true,
    request: { method: 'POST', url: 'https://hooks.example.com/x', headers: {} },
  });
  const publish = (n: number) =>
    new Request('http://broker/contracts/publish', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        pacticipantName: 'web',
        pacticipantVersionNumber: `1.0.${n}`,
        branch: 'main',
        tags: ['main'],
        contracts: [
          {
            consumerName: 'web',
            providerName: `p${n % 5}`,
            specification: 'pact',
            contentType: 'application/json',
            content: Buffer.from(pactBody('web', `p${n % 5}`, `${n % 20}`)).toString('base64'),
          },
        ],
      }),
    });
  const put = (n: number) =>
    new Request(`http://broker/pacts/provider/q${n % 5}/consumer/app/version/2.0.${n}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: pactBody('app', `q${n % 5}`, `${n % 20}`),
    });
  const time = async (make: (n: number) => Request) => {
    const samples: number[] = [];
    const before = calls;
    const statementsBefore = statements;
    for (let n = 0; n < count; n++) {
      const start = performance.now();
      await call(make(n));
      await webhooks.idle();
      samples.push(performance.now() - start);
    }
    return {
      ms: summarize(samples),
      storeCallsPerPublication: (calls - before) / count,
      sqlStatementsPerPublication: (statements - statementsBefore) / count,
    };
  };
  try {
    return { publishContracts: await time(publish), putPact: await time(put) };
  } finally {
    await webhooks.close();
    await store.close();
  }
}
