/**
 * The one option parser of seam's commands: node's `parseArgs`, with its errors (which quote
 * node's own advice about `--`) replaced by one line in seam's words, thrown as a `usage` SeamError.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { SeamError } from '../core/index.ts';

/**
 * `parseArgs(config)`, throwing a SeamError `usage` with seam's message for an unknown option, a
 * missing or unwanted value, or an unexpected argument.
 *
 * @example
 * const { values } = parseOptions({ args: ['--json'], options: { json: { type: 'boolean' } } });
 * parseOptions({ args: ['--jsn'], options: { json: { type: 'boolean' } } }); // throws "Unknown option --jsn (did you mean --json?)."
 */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new SeamError('usage', optionErrorMessage(error, Object.keys(config.options ?? {})), {
      cause: error,
    });
  }
}

/**
 * seam's one-line message for an error `parseArgs` threw, given the long option names it knew.
 *
 * @example
 * optionErrorMessage(Object.assign(new Error("Unknown option '--x'."), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }), ['y']);
 */
export function optionErrorMessage(error: unknown, known: readonly string[]): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = closest(option.replace(/^-+/, ''), known);
    return `Unknown option ${option}${near === undefined ? '' : ` (did you mean --${near}?)`}.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Unexpected argument "${quoted}".`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(message ?? '')
      ? `${option} takes no value.`
      : `${option} needs a value.`;
  return String(message ?? error);
}

/** The known name within two edits of `name`, or that starts with it. */
function closest(name: string, known: readonly string[]): string | undefined {
  if (name === '') return undefined;
  return (
    known.find((candidate) => candidate.startsWith(name)) ??
    known.find((candidate) => editDistance(name, candidate) <= 2)
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
