/**
 * Synchronous pact-file reads and writes for the merge, which runs them while it holds the file's
 * lock: each is a small local operation, and a trip through libuv's thread pool per call cost more
 * than the call itself (see locking/file-lock.ts). Reading for other purposes stays asynchronous
 * ({@link readPactFileJson}).
 */
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import {
  close,
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writevSync,
} from 'node:fs';
import path from 'node:path';
import { errorCode, errorMessage, SeamError } from '../../core/index.ts';

/**
 * The largest pact file seam reads by default: 64 MiB.
 *
 * @example
 * await loadPactFile('big.json', { maxBytes: 2 * defaultMaxPactFileBytes });
 */
export const defaultMaxPactFileBytes = 64 * 1024 * 1024;

/**
 * Refuses what is not a pact file to read: not a regular file (a FIFO would block forever), or
 * larger than `maxBytes`.
 *
 * @throws SeamError `io`.
 * @example
 * checkPactFileStats(await stat(file), file, defaultMaxPactFileBytes);
 */
export function checkPactFileStats(info: Stats, file: string, maxBytes: number): void {
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
}

/**
 * The bytes of a pact file, or undefined when there is none, with the checks of
 * {@link checkPactFileStats}.
 *
 * @throws SeamError `io` (not a file, too large, unreadable).
 * @example
 * const bytes = readPactFileBytesSync('pacts/orders-payments.json');
 */
export function readPactFileBytesSync(file: string, maxBytes = defaultMaxPactFileBytes): Buffer | undefined {
  try {
    checkPactFileStats(statSync(file), file, maxBytes);
    const fd = openSync(file, 'r');
    try {
      // Read at most one byte past the cap, so a file that grew after stat() is still refused.
      const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, fstatSync(fd).size + 1));
      let length = 0;
      for (let read = 1; read > 0 && length < buffer.length; length += read) {
        read = readSync(fd, buffer, length, buffer.length - length, length);
      }
      if (length > maxBytes) throw tooLarge(file, maxBytes);
      return buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  } catch (cause) {
    if (cause instanceof SeamError) throw cause;
    if (errorCode(cause) === 'ENOENT') return undefined;
    throw new SeamError('io', `cannot read the file: ${reasonOf(cause)}`, { location: file, cause });
  }
}

/**
 * The error for a file that grew past the cap while being read.
 *
 * @example
 * throw tooLarge(file, maxBytes);
 */
export function tooLarge(file: string, maxBytes: number): SeamError {
  return new SeamError('io', `the file is larger than the ${maxBytes}-byte limit for a pact file`, {
    location: file,
  });
}

/**
 * Parses a pact file's bytes as JSON (a UTF-8 byte-order mark is skipped).
 *
 * @throws SeamError `parse` (not JSON), naming `file`.
 * @example
 * const json = parsePactFileBytes(bytes, 'pacts/a-b.json');
 */
export function parsePactFileBytes(bytes: Uint8Array, file: string): unknown {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    throw new SeamError('parse', `not valid JSON: ${reasonOf(cause)}`, { location: file, cause });
  }
}

/**
 * Writes a pact file atomically: a temporary file beside the target, renamed over it, so readers
 * never see half a file. Creates the folder if needed.
 *
 * No fsync (see decisions/004-pact-file-writes.md): with the rename, readers and a test process
 * that crashes see either the old file or the new one, never half of one; only a power loss or
 * kernel crash could lose the last write, and a pact file is a test artefact the next run writes
 * again. An fsync per merge would make every passing test wait for the disk.
 *
 * @throws SeamError `io` when the file cannot be written.
 * @example
 * writePactFileSync('pacts/a-b.json', '{"consumer":…}\n');
 */
export function writePactFileSync(file: string, content: string | Uint8Array | readonly Uint8Array[]): void {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    try {
      writeNewFile(temp, content);
    } catch (cause) {
      // Creating the folder only when it is missing saves a call on every merge.
      if (errorCode(cause) !== 'ENOENT') throw cause;
      mkdirSync(path.dirname(file), { recursive: true });
      writeNewFile(temp, content);
    }
    const previous = holdOpen(file);
    try {
      renameSync(temp, file);
    } finally {
      if (previous !== undefined) close(previous, () => {});
    }
  } catch (cause) {
    rmSync(temp, { force: true });
    throw new SeamError('io', `cannot write the pact file: ${reasonOf(cause)}`, { location: file, cause });
  }
}

/**
 * The file about to be replaced, opened so that the rename does not drop its last reference: on
 * ext4, freeing a file waits for its pending disk writes (the previous merge's), which made the
 * rename the slowest step of a merge. Closed on the thread pool after the rename, where that wait
 * blocks no one. Not on Windows, where an open file may refuse to be replaced.
 */
function holdOpen(file: string): number | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    return openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
}

function writeNewFile(file: string, content: string | Uint8Array | readonly Uint8Array[]): void {
  const fd = openSync(file, 'wx');
  try {
    if (!isChunks(content)) writeFileSync(fd, content);
    else {
      const length = content.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      // libuv writes every chunk, retrying short writes, and stops short only on an error.
      const written = writevSync(fd, content as Uint8Array[]);
      if (written !== length) throw new SeamError('io', `wrote ${written} of ${length} bytes`);
    }
  } finally {
    closeSync(fd);
  }
}

function isChunks(content: string | Uint8Array | readonly Uint8Array[]): content is readonly Uint8Array[] {
  return Array.isArray(content);
}

/**
 * A file error's reason for a message (`no such file or directory` for ENOENT).
 *
 * @example
 * reasonOf(error); // 'no such file or directory'
 */
export function reasonOf(cause: unknown): string {
  if (errorCode(cause) === 'ENOENT') return 'no such file or directory';
  return errorMessage(cause);
}
