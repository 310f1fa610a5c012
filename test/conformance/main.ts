/**
 * `npm run conformance`: runs every corpus and prints one line per corpus, `<corpus>: <passed>/<total>`.
 * With `--verbose`, each failing case follows its corpus line with the reason. Exit 1 when any case fails.
 */
import type { Corpus } from './corpus.ts';

const loaders: ReadonlyArray<() => Promise<Corpus>> = [
  async () => (await import('./pact-specification/corpus.ts')).pactSpecification,
  async () => (await import('./pact-schemas/corpus.ts')).pactSchemas,
  async () => (await import('./compatibility-suite/corpus.ts')).compatibilitySuite,
];

const verbose = process.argv.includes('--verbose');
let failedAny = false;
for (const load of loaders) {
  const corpus = await load();
  const cases = await corpus.cases();
  let passed = 0;
  const failures: string[] = [];
  for (const testCase of cases) {
    if (testCase.skip !== undefined) continue;
    try {
      await testCase.run();
      passed++;
    } catch (error) {
      failures.push(`  ✗ ${testCase.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) failedAny = true;
  process.stdout.write(`${corpus.name}: ${passed}/${cases.length}\n`);
  if (verbose && failures.length > 0) process.stdout.write(`${failures.join('\n')}\n`);
}
process.exitCode = failedAny ? 1 : 0;
