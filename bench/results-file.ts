/** Writes a benchmark's results to bench/results/<name>.json with the machine and runtime it ran on. */
import { writeFileSync } from 'node:fs';
import os from 'node:os';

export function writeResults(name: string, results: Record<string, unknown>): string {
  const file = new URL(`./results/${name}.json`, import.meta.url);
  const document = {
    benchmark: name,
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    },
    node: process.version,
    ...results,
  };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return file.pathname;
}
