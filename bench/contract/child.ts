/**
 * Runs one side of a contract benchmark in this (child) process and prints one JSON line:
 * `{ wallMs, maxRssMiB }`. Usage: node bench/contract/child.ts <scenario> <size>.
 * A child per run keeps each tool's memory figure its own.
 */
const [scenario = '', sizeText = '0'] = process.argv.slice(2);
const size = Number(sizeText);

const scenarios: Record<string, () => Promise<{ run(size: number): Promise<void> }>> = {
  'consumer-seam': () => import('./consumer-seam.ts'),
  'consumer-pact-js': () => import('./consumer-pact-js.ts'),
  'verify-seam': () => import('./verify-seam.ts'),
  'verify-pact-js': () => import('./verify-pact-js.ts'),
};

const load = scenarios[scenario];
if (load === undefined) {
  process.stderr.write(`unknown scenario ${scenario}\n`);
  process.exit(2);
}
const module = await load();
const start = performance.now();
await module.run(size);
const wallMs = performance.now() - start;
const maxRssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ wallMs: Math.round(wallMs), maxRssMiB: Math.round(maxRssMiB) })}\n`);
