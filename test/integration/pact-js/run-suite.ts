/**
 * Runs one suite under one implementation in its own process and writes each case's outcome as
 * JSON to a file: `node run-suite.ts <suite> <module specifier> <dir> <outcomes file>`. A process of
 * its own because pact-js's verification proxy throws an uncaught error when the provider is not
 * listening (a wrong port): here that error fails the case it happened in, as a test runner would.
 */
import { writeFile } from 'node:fs/promises';
import type { PactJs, Suite } from './suite.ts';
import { suites } from './suites/index.ts';

const [suiteName, specifier, dir, outcomesFile] = process.argv.slice(2);
const suite: Suite | undefined = suites[suiteName ?? ''];
if (suite === undefined || !specifier || !dir || !outcomesFile)
  throw new Error('usage: run-suite.ts <suite> <module specifier> <dir> <outcomes file>');

let uncaught: unknown[] = [];
process.on('uncaughtException', (error) => uncaught.push(error));

const pact = (await import(specifier)) as PactJs;
const outcomes: Record<string, { outcome: 'pass' | 'fail'; error?: string }> = {};
for (const test of suite.cases) {
  uncaught = [];
  let error: unknown;
  try {
    await test.run(pact, { dir });
  } catch (thrown) {
    error = thrown;
  }
  error ??= uncaught[0];
  outcomes[test.name] =
    error === undefined
      ? { outcome: 'pass' }
      : { outcome: 'fail', error: error instanceof Error ? error.message : String(error) };
}
await writeFile(outcomesFile, JSON.stringify(outcomes));
process.exit(0);
