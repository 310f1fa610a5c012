/** Loading and saving pact files. */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { SeamError } from '../core/errors.ts';
import type { Pact } from './pact-model.ts';
import { readPact } from './pact-reader.ts';
import { formatPactJson } from './pact-writer.ts';

/**
 * The largest pact file seam reads by default: 64 MiB.
 *
 * @example
 * await loadPactFile('big.json', { maxBytes: 2 * defaultMaxPactFileBytes });
 */
export const defaultMaxPactFileBytes = 64 * 1024 * 1024;

/**
 * Options for {@link loadPactFile} and {@link readPactFileJson}.
 *
 * @example
 * const options: LoadPactFileOptions = { maxBytes: 1024 * 1024 };
 */
export interface LoadPactFileOptions {
  /** Refuse files larger than this many bytes (default {@link defaultMaxPactFileBytes}). */
  readonly maxBytes?: number;
}

/**
 * Reads and parses a pact file's JSON without interpreting it: refuses anything that is not a
 * regular file (a FIFO would block forever) or is larger than the cap, strips a UTF-8 byte-order
 * mark, and reports JSON syntax errors with the file name.
 *
 * @throws SeamError `io` (missing, not a file, too large, unreadable) or `parse` (not JSON).
 * @example
 * const json = await readPactFileJson('pacts/orders-payments.json');
 */
export async function readPactFileJson(file: string, options: LoadPactFileOptions = {}): Promise<unknown> {
  const maxBytes = options.maxBytes ?? defaultMaxPactFileBytes;
  const info = await stat(file).catch((cause: unknown) => {
    throw new SeamError('io', `cannot read the file: ${reason(cause)}`, { location: file, cause });
  });
  if (!info.isFile())
    throw new SeamError('io', 'not a regular file; give a pact file (.json) or a folder of them', {
      location: file,
    });
  if (info.size > maxBytes) {
    throw new SeamError(
      'io',
      `the file is ${info.size} bytes, more than the ${maxBytes}-byte limit for a pact file`,
      { location: file },
    );
  }
  const text = await readCapped(file, maxBytes);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    throw new SeamError('parse', `not valid JSON: ${reason(cause)}`, { location: file, cause });
  }
}

async function readCapped(file: string, maxBytes: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    // Read at most one byte past the cap, so a file that grew after stat() is still refused.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, (await handle.stat()).size + 1));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes)
      throw new SeamError('io', `the file is larger than the ${maxBytes}-byte limit for a pact file`, {
        location: file,
      });
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Loads a pact file into the {@link Pact} model ({@link readPactFileJson} then {@link readPact}).
 * Errors name the file and, for content problems, the JSON path.
 *
 * @example
 * const pact = await loadPactFile('pacts/order-service-payment-service.json');
 * console.log(pact.consumer.name, pact.interactions.length);
 */
export async function loadPactFile(file: string, options: LoadPactFileOptions = {}): Promise<Pact> {
  return readPact(await readPactFileJson(file, options), file);
}

/**
 * Saves a pact as a V3 or V4 file, atomically: it writes a temporary file beside the target and
 * renames it over, so readers never see half a file. Creates the folder if needed.
 *
 * @throws SeamError `io` when the file cannot be written; `unsupported` when V3 cannot hold an
 *   interaction.
 * @example
 * await savePactFile('pacts/order-service-payment-service.json', pact, 'V4');
 */
export async function savePactFile(file: string, pact: Pact, spec: 'V3' | 'V4'): Promise<void> {
  const text = formatPactJson(pact, spec);
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (cause) {
    await rm(temp, { force: true });
    throw new SeamError('io', `cannot write the pact file: ${reason(cause)}`, { location: file, cause });
  }
}

function reason(cause: unknown): string {
  if (cause instanceof Error && 'code' in cause && cause.code === 'ENOENT')
    return 'no such file or directory';
  return cause instanceof Error ? cause.message : String(cause);
}
