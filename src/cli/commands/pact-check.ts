/**
 * `seam pact check <file|dir...> [--json]`: validates pact files (folders: every *.json inside,
 * recursively). Exit 0 when all are valid, 1 when any is invalid, missing or unreadable, 2 for a
 * usage error (no path, unknown option).
 */
import { checkPactFiles, type PactCheckReport } from '../../contract/index.ts';
import type { CommandIo } from '../command.ts';

const usage = 'Usage: seam pact check <file|dir...> [--json]\n';

/** Runs `seam pact check` with the arguments after `pact check`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const unknown = args.find((arg) => arg.startsWith('-') && arg !== '--json');
  if (unknown !== undefined) {
    io.err(`Unknown option: ${unknown}\n${usage}`);
    return 2;
  }
  const paths = args.filter((arg) => arg !== '--json');
  if (paths.length === 0) {
    io.err(`No pact file or folder given.\n${usage}`);
    return 2;
  }
  const report = await checkPactFiles(paths);
  io.out(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
  return report.ok ? 0 : 1;
}

function formatText(report: PactCheckReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.ok)
      lines.push(`ok ${file.file} (${file.specVersion}, ${plural(file.interactions ?? 0, 'interaction')})`);
    else for (const issue of file.issues) lines.push(`${file.file}: ${issue.path}: ${issue.message}`);
  }
  const invalid = report.files.filter((file) => !file.ok).length;
  lines.push(
    `${plural(report.files.length, 'file')} checked: ${report.files.length - invalid} valid, ${invalid} invalid`,
  );
  return `${lines.join('\n')}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
