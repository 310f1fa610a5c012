/**
 * The pact files the writer and merge tests run over: the reference implementation's samples, the
 * valid pact-schemas examples of every version, and the repository's example pacts.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { conformanceDir } from '../conformance/corpus.ts';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Absolute paths of the corpus pact files. */
export function pactCorpusFiles(): string[] {
  const examples = fileURLToPath(new URL('../../examples/pacts', import.meta.url));
  return [
    ...jsonFiles(conformanceDir('pact-reference-samples')),
    ...['v1', 'v2', 'v3', 'v4'].flatMap((v) =>
      jsonFiles(conformanceDir('pact-schemas', 'examples', v, 'pass')),
    ),
    ...jsonFiles(examples),
  ];
}
