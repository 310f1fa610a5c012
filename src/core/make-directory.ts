/**
 * Creating a folder and its missing parents, with one-line errors. Node's own
 * `mkdirSync(path, { recursive: true })` loops forever, synchronously, where the kernel answers
 * ENOENT for a folder whose parent exists (`/proc/nope`): the process spins and cannot even be
 * stopped by SIGTERM. So each missing folder is made on its own, top down, and the first refusal
 * is reported.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errorMessage, SeamError } from './errors.ts';

/**
 * Makes the folder `path` (and any missing parents) unless it exists; returns `path`.
 *
 * @throws SeamError `io` naming `path` when it, or a folder above it, is a file, or when a folder
 *   cannot be created (permissions, a read-only or virtual file system).
 * @example
 * const dataDir = makeDirectory('./broker-data');
 */
export function makeDirectory(path: string): string {
  const missing: string[] = [];
  let current = resolve(path);
  for (let kind = kindOf(current); kind !== 'folder'; kind = kindOf(current)) {
    if (kind === 'file') {
      const what = missing.length === 0 ? 'is a file' : `${current} is a file`;
      throw new SeamError('io', `${what}, not a folder`, { location: path });
    }
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      throw new SeamError('io', `cannot create the folder: ${errorMessage(error)}`, {
        location: path,
        cause: error,
      });
    }
  }
  return path;
}

function kindOf(path: string): 'folder' | 'file' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}
