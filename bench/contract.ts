/**
 * Contract testing, seam against pact-js 17 in the same run (issue 3 §7): a consumer suite of 200
 * interactions (wall time, peak RSS), and verification of 1000 interactions with a provider-state
 * call each. Each side runs in its own child process, `SEAM_BENCH_REPEAT` times (default 3); the
 * medians are compared.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./contract/child.ts', import.meta.url));
const repeat = Number(process.env.SEAM_BENCH_REPEAT ?? 3);

interface Sample {
  readonly wallMs: number;
  readonly maxRssMiB: number;
}

function runChild(scenario: string, size: number): Sample {
  const result = spawnSync(process.execPath, [child, scenario, String(size)], {
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{')) {
    throw new Error(`${scenario} failed (exit ${result.status}): ${result.stderr.slice(-2000)}`);
  }
  return JSON.parse(last) as Sample;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function compare(name: string, size: number) {
  const seam: Sample[] = [];
  const pactJs: Sample[] = [];
  for (let i = 0; i < repeat; i++) {
    seam.push(runChild(`${name}-seam`, size));
    pactJs.push(runChild(`${name}-pact-js`, size));
  }
  const summary = (samples: Sample[]) => ({
    wallMs: median(samples.map((s) => s.wallMs)),
    maxRssMiB: median(samples.map((s) => s.maxRssMiB)),
    runs: samples,
  });
  const s = summary(seam);
  const p = summary(pactJs);
  return { size, seam: s, pactJs: p, speedup: Math.round((p.wallMs / s.wallMs) * 10) / 10 };
}

export function run(): Record<string, unknown> {
  return {
    repeat,
    consumerSuite: compare('consumer', Number(process.env.SEAM_BENCH_CONSUMER_SIZE ?? 200)),
    verification: compare('verify', Number(process.env.SEAM_BENCH_VERIFY_SIZE ?? 1000)),
  };
}
