/** Finding and reading the pact files to publish. */
import { readFile, stat } from 'node:fs/promises';
import { listJsonFiles, SeamError } from '../../core/index.ts';

/** A pact file read for publishing. */
export interface PactFile {
  readonly file: string;
  readonly consumer: string;
  readonly provider: string;
  /** The file's text, published as is. */
  readonly text: string;
}

/**
 * Reads pact files; folders give every `*.json` inside, recursively, in name order.
 *
 * @throws SeamError `io` for a missing path, `invalid-pact` for a file that is not a pact.
 * @example
 * const files = await readPactFiles(['pacts']);
 */
export async function readPactFiles(paths: readonly string[]): Promise<PactFile[]> {
  const files: string[] = [];
  for (const path of paths) files.push(...(await expand(path)));
  return Promise.all(files.map(readPactFile));
}

async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new SeamError('io', 'no such pact file or folder', { location: path, cause });
  });
  if (!info.isDirectory()) return [path];
  return listJsonFiles(path);
}

async function readPactFile(file: string): Promise<PactFile> {
  const text = await readFile(file, 'utf8');
  let json: { consumer?: { name?: unknown }; provider?: { name?: unknown } };
  try {
    json = JSON.parse(text) as typeof json;
  } catch (cause) {
    throw new SeamError('invalid-pact', 'the file is not JSON', { location: file, cause });
  }
  const consumer = json?.consumer?.name;
  const provider = json?.provider?.name;
  if (typeof consumer !== 'string' || typeof provider !== 'string')
    throw new SeamError('invalid-pact', 'the pact has no consumer.name or provider.name', { location: file });
  return { file, consumer, provider, text };
}
