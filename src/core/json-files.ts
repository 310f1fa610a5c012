/** Finding the JSON files under a folder. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every `*.json` file under `folder`, at any depth, as paths joined onto `folder`, sorted. Rejects
 * as `readdir` does when the folder cannot be read; callers check that it is a folder first.
 *
 * @example
 * await listJsonFiles('pacts'); // ['pacts/a-b.json', 'pacts/old/a-c.json']
 */
export async function listJsonFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
