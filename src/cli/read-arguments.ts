/**
 * The prologue every command shares: read the arguments, and on a usage error print the message
 * and the command's usage to stderr, for the command to exit 2.
 */
import type { CommandIo } from './command.ts';

/**
 * Runs `read` (parsing the arguments, and any checks of their values); when it throws, writes the
 * error's message and `usage` to `io.err` and returns undefined: the command then returns 2.
 *
 * @example
 * const parsed = readArguments(io, usage, () => parseOptions({ args: [...args], options }));
 * if (parsed === undefined) return 2;
 */
export function readArguments<T>(io: CommandIo, usage: string, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return undefined;
  }
}
