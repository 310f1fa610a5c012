import type { CommandIo } from '../command.ts';

/** `seam pact check`: placeholder until the pact reader lands (issue 2, section 3). */
export async function run(_args: readonly string[], io: CommandIo): Promise<number> {
  io.err('seam pact check is not implemented yet\n');
  return 2;
}
