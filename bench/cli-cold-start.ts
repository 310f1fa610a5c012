/**
 * CLI cold start: wall time of `seam --help` (which must load no capability code) and of
 * `seam pact check` on the bundled examples, against the floor of starting Node itself.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { summarize } from './stats.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.SEAM_BENCH_RUNS ?? 30);

function time(args: readonly string[]): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', timeout: 30_000 });
    if (child.error) throw child.error;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

export function run(): Record<string, unknown> {
  const node = summarize(time(['-e', '0']));
  const help = summarize(time(['bin/seam', '--help']));
  const check = summarize(time(['bin/seam', 'pact', 'check', 'examples/pacts']));
  return {
    unit: 'ms',
    runs,
    nodeStartup: node,
    seamHelp: help,
    seamPactCheck: check,
    helpOverNodeMs: Math.round((help.median - node.median) * 10) / 10,
  };
}
