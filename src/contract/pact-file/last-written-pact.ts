/**
 * What this process last wrote to each pact file: the bytes (as the chunks written), and the pact
 * as reading them back would give it. A merge that finds the file still holding exactly those bytes
 * uses that pact instead of parsing and reading the whole file again, which made a suite that
 * merges after every test quadratic.
 *
 * The check is the bytes, not the file's size and timestamps: timestamps are as coarse as a
 * scheduler tick on many systems and a freed inode number is soon reused, so another worker's
 * write of the same size can look unchanged. Comparing costs a read through a small buffer, far
 * less than a parse. Synchronous, as it runs under the file's lock (see file-bytes.ts).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Pact } from '../model/pact.ts';

interface LastWritten {
  readonly chunks: readonly Uint8Array[];
  readonly length: number;
  readonly pact: Pact;
}

const lastWritten = new Map<string, LastWritten>();
const buffer = Buffer.allocUnsafe(64 * 1024);

/**
 * The pact this process last wrote to `file`, when the file still holds exactly those bytes;
 * undefined when it changed, is missing or cannot be read (the caller then reads it in full).
 *
 * @example
 * const existing = recallPact(file) ?? readPact(parsePactFileBytes(readPactFileBytesSync(file), file));
 */
export function recallPact(file: string): Pact | undefined {
  const last = lastWritten.get(path.resolve(file));
  if (last === undefined) return undefined;
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size !== last.length) return undefined;
    const fd = openSync(file, 'r');
    try {
      return holds(fd, last) ? last.pact : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** True when the file at `fd` holds exactly the chunks (and nothing after them). */
function holds(fd: number, last: LastWritten): boolean {
  let chunk = 0;
  let offset = 0; // into chunks[chunk]
  for (let position = 0; ; ) {
    const read = readSync(fd, buffer, 0, buffer.length, position);
    if (read === 0) return position === last.length;
    for (let at = 0; at < read; ) {
      const current = last.chunks[chunk];
      if (current === undefined) return false;
      const size = Math.min(read - at, current.byteLength - offset);
      if (buffer.compare(current, offset, offset + size, at, at + size) !== 0) return false;
      at += size;
      offset += size;
      if (offset === current.byteLength) [chunk, offset] = [chunk + 1, 0];
    }
    position += read;
  }
}

/**
 * Remembers that `file` now holds `chunks`, which read back give `pact`.
 *
 * @example
 * rememberPact(file, chunks, readBackPact(merged, 'V4', fresh));
 */
export function rememberPact(file: string, chunks: readonly Uint8Array[], pact: Pact): void {
  const length = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  lastWritten.set(path.resolve(file), { chunks, length, pact });
}

/**
 * Forgets `file` (after a failed merge, or when its read-back is unknown): the next merge reads it.
 *
 * @example
 * forgetPact(file);
 */
export function forgetPact(file: string): void {
  lastWritten.delete(path.resolve(file));
}
