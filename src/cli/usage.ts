/** Formats a command's `--help` text: its synopsis, then one option per line with a short explanation. */

/** One option line: the flag as typed (with its value) and what it does. */
export type OptionHelp = readonly [flag: string, text: string];

/**
 * Formats `synopsis` and `options` as the usage text `seam <command> --help` prints.
 *
 * @example
 * formatUsage('seam pact check <file|dir...> [options]', [['--json', 'print the report as JSON']]);
 */
export function formatUsage(synopsis: string, options: readonly OptionHelp[]): string {
  const width = Math.max(...options.map(([flag]) => flag.length));
  const lines = options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
  return `Usage: ${synopsis}\n\nOptions:\n${lines.join('\n')}\n`;
}
