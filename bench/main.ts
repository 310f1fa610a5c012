/**
 * `npm run bench [name...]`: runs the benchmarks (all, or those named), writes bench/results/<name>.json
 * and prints each result. Speed is measured here, never asserted in tests.
 */
import { writeResults } from './results-file.ts';

const benchmarks: Record<
  string,
  () => Promise<{ run(): Record<string, unknown> | Promise<Record<string, unknown>> }>
> = {
  'cli-cold-start': () => import('./cli-cold-start.ts'),
  match: () => import('./match.ts'),
  contract: () => import('./contract.ts'),
  'verifier-concurrency': () => import('./verifier-concurrency.ts'),
  broker: () => import('./broker.ts'),
  'broker-durability': () => import('./broker-durability.ts'),
  'broker-writes': () => import('./broker-writes.ts'),
  'example-shop': () => import('./example-shop.ts'),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(benchmarks).join(', ')}\n`,
  );
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(benchmarks)) {
  const module = await benchmarks[name]!();
  const results = await module.run();
  const file = writeResults(name, results);
  process.stdout.write(`${name}: ${JSON.stringify(results)}\n  → ${file}\n`);
}
