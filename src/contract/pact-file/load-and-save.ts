/** Loading and saving pact files. */
import { open, stat } from 'node:fs/promises';
import { SeamError } from '../../core/index.ts';
import type { Pact } from '../model/pact.ts';
import { readPact } from '../pact-json/read-pact.ts';
import { formatPactJson } from '../pact-json/write-pact.ts';
import {
  checkPactFileStats,
  defaultMaxPactFileBytes,
  parsePactFileBytes,
  reasonOf,
  tooLarge,
  writePactFileSync,
} from './file-bytes.ts';

export { defaultMaxPactFileBytes };

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
    throw new SeamError('io', `cannot read the file: ${reasonOf(cause)}`, { location: file, cause });
  });
  checkPactFileStats(info, file, maxBytes);
  return parsePactFileBytes(await readCapped(file, maxBytes), file);
}

async function readCapped(file: string, maxBytes: number): Promise<Buffer> {
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
    if (length > maxBytes) throw tooLarge(file, maxBytes);
    return buffer.subarray(0, length);
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
 * renames it over, so readers never see half a file. Creates the folder if needed. (The write is
 * synchronous, and not fsynced: see {@link writePactFileSync}.)
 *
 * @throws SeamError `io` when the file cannot be written; `unsupported` when V3 cannot hold an
 *   interaction.
 * @example
 * await savePactFile('pacts/order-service-payment-service.json', pact, 'V4');
 */
export async function savePactFile(file: string, pact: Pact, spec: 'V3' | 'V4'): Promise<void> {
  writePactFileSync(file, formatPactJson(pact, spec));
}
