/** Input paths a command was given that do not exist: unreadable input, exit 2 by seam's rule. */
import { existsSync } from 'node:fs';
import type { CommandIo } from './command.ts';

/**
 * Writes `seam <command>: <path>: no such file or directory` for each of `paths` that does not
 * exist, and says whether any was missing.
 *
 * @example
 * if (reportMissingPaths('pact check', positionals, io)) return 2;
 */
export function reportMissingPaths(command: string, paths: readonly string[], io: CommandIo): boolean {
  const missing = paths.filter((path) => !existsSync(path));
  for (const path of missing) io.err(`seam ${command}: ${path}: no such file or directory\n`);
  return missing.length > 0;
}
