/**
 * `seam pact check <file|dir...> [--spec VERSION] [--json]`: validates pact files (folders: every
 * *.json inside, recursively). Exit 0 when all are valid, 1 when any is invalid or unreadable, 2
 * for a usage error (no path, unknown option, unknown version) or a path that does not exist.
 */
import { checkPactFiles, type PactCheckReport, parseSpecVersion } from '../../contract/index.ts';
import type { CommandIo } from '../command.ts';
import { reportMissingPaths } from '../missing-paths.ts';
import { parseOptions } from '../parse-options.ts';
import { readArguments } from '../read-arguments.ts';
import { formatUsage } from '../usage.ts';

/** The text `seam pact check --help` prints. */
export const usage = formatUsage('seam pact check <file|dir...> [--spec 1|1.1|2|3|4] [--json]', [
  ['--spec 1|1.1|2|3|4', 'check against this pact specification version (default: as each file declares)'],
  ['--json', 'print the report as JSON'],
]);

/** Runs `seam pact check` with the arguments after `pact check`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = readArguments(io, usage, () => parse(args));
  if (parsed === undefined) return 2;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    io.err(`No pact file or folder given.\n${usage}`);
    return 2;
  }
  // A path that does not exist is unreadable input (exit 2), not a pact that failed the check.
  if (reportMissingPaths('pact check', positionals, io)) return 2;
  const specVersion = values.spec === undefined ? undefined : parseSpecVersion(values.spec);
  if (values.spec !== undefined && specVersion === undefined) {
    io.err(`Unknown pact specification version "${values.spec}" (use 1, 1.1, 2, 3 or 4).\n${usage}`);
    return 2;
  }
  const report = await checkPactFiles(positionals, specVersion ? { specVersion } : {});
  io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
  return report.ok ? 0 : 1;
}

function parse(args: readonly string[]) {
  return parseOptions({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, spec: { type: 'string' } },
  });
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
