/**
 * Concurrent publishers (issue 4 §5): 100 clients publish pacts to an embedded broker for 60 s;
 * afterwards the broker is restarted on the same data folder and every acknowledged (2xx) write is
 * looked up. SEAM_BENCH_DURABILITY_CLIENTS and _SECONDS scale it. The bounded version (20 × 5 s,
 * plus kill -9 mid-burst) is test/integration/broker/durability.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBroker } from '../src/broker/index.ts';
import { missingWrites, publishUntil } from './broker-writes.ts';
import { round } from './stats.ts';

const clients = Number(process.env.SEAM_BENCH_DURABILITY_CLIENTS ?? 100);
const seconds = Number(process.env.SEAM_BENCH_DURABILITY_SECONDS ?? 60);

export async function run(): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'seam-bench-durability-'));
  try {
    const start = performance.now();
    let acknowledged: Awaited<ReturnType<typeof publishUntil>>;
    {
      await using broker = await startBroker({ dataDir });
      const deadline = Date.now() + seconds * 1000;
      const all = Array.from({ length: clients }, (_, client) =>
        publishUntil(broker.url, client, () => Date.now() >= deadline),
      );
      acknowledged = (await Promise.all(all)).flat();
    }
    const elapsedMs = performance.now() - start;
    await using reopened = await startBroker({ dataDir });
    const missing = await missingWrites(reopened.url, acknowledged);
    return {
      clients,
      seconds,
      acknowledged: acknowledged.length,
      present: acknowledged.length - missing.length,
      missing: missing.length,
      writesPerSecond: round(acknowledged.length / (elapsedMs / 1000)),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
