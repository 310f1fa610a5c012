/**
 * The gain of concurrent replay in seam's verifier: 1000 independent interactions (stateless GETs)
 * verified serially (concurrency 1) and with the default 8 in flight, against the same local
 * provider, alternating runs. Run: `npm run bench verifier-concurrency`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { verifyProvider } from '../src/contract/index.ts';
import { startItemProvider, writeItemsPact } from './contract/item-provider.ts';
import { round, summarize } from './stats.ts';

const size = 1000;
const rounds = 5;

function statelessPact(dir: string): string {
  const file = writeItemsPact(dir, size);
  const pact = JSON.parse(readFileSync(file, 'utf8')) as { interactions: Record<string, unknown>[] };
  for (const interaction of pact.interactions) delete interaction.providerStates;
  writeFileSync(file, JSON.stringify(pact));
  return file;
}

async function timeRun(url: string, file: string, concurrency: number): Promise<number> {
  const started = performance.now();
  const report = await verifyProvider({ providerBaseUrl: url, pactFiles: [file], concurrency });
  if (!report.ok || report.results.length !== size) throw new Error('verification failed');
  return performance.now() - started;
}

/** Runs the benchmark and returns its results. */
export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-verifier-concurrency-'));
  const provider = await startItemProvider();
  const serial: number[] = [];
  const concurrent: number[] = [];
  try {
    const file = statelessPact(dir);
    await timeRun(provider.url, file, 8); // warm-up
    for (let i = 0; i < rounds; i++) {
      serial.push(await timeRun(provider.url, file, 1));
      concurrent.push(await timeRun(provider.url, file, 8));
    }
  } finally {
    await provider.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const [s, c] = [summarize(serial), summarize(concurrent)];
  return { interactions: size, rounds, serialMs: s, concurrent8Ms: c, speedup: round(s.median / c.median) };
}
