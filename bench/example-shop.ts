/**
 * The main job's wall time (issue 5: under 30 s on the 2-core machine): `seam example shop` as a
 * user runs it (bin/seam, a new process, a fresh broker), green and with a break mode, plus the
 * time of each step as the flow reports it. Also a green run on a broker that already holds the
 * history of earlier runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize } from './stats.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.SEAM_BENCH_RUNS ?? 5);

function once(
  out: string,
  extra: readonly string[],
): { ms: number; code: number | null; steps: Record<string, number> } {
  const start = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ['bin/seam', 'example', 'shop', '--out', out, '--json', ...extra],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.error) throw child.error;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const result = JSON.parse(child.stdout) as { steps: { name: string; ms: number }[] };
  return {
    ms,
    code: child.status,
    steps: Object.fromEntries(result.steps.map((s) => [s.name, Math.round(s.ms)])),
  };
}

export function run(): Record<string, unknown> {
  const green: number[] = [];
  const broken: number[] = [];
  let lastSteps: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'seam-bench-shop-'));
    try {
      const first = once(out, ['--fresh']);
      if (first.code !== 0) throw new Error(`the green run exited ${first.code}`);
      green.push(first.ms);
      lastSteps = first.steps;
      const second = once(out, ['--break', 'renamed-field']);
      if (second.code !== 1) throw new Error(`the breaking run exited ${second.code}`);
      broken.push(second.ms);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  // A broker with history: 50 earlier runs (alternating green and broken) before the measured one.
  const out = mkdtempSync(join(tmpdir(), 'seam-bench-shop-'));
  let withHistory: number;
  try {
    for (let i = 0; i < 50; i++) once(out, i % 2 === 0 ? [] : ['--break', 'changed-type']);
    withHistory = once(out, []).ms;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return {
    unit: 'ms',
    runs,
    targetMs: 30_000,
    greenRun: summarize(green),
    breakingRun: summarize(broken),
    greenRunAfter50Runs: Math.round(withHistory),
    stepsOfLastGreenRun: lastSteps,
  };
}
