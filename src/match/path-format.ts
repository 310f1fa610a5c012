/**
 * Formatting the path of a value being compared (`$.items[0].id`, `$['a b']`), as the Pact reference
 * prints document paths. While walking, a path is an array of segments: `'$'`, then keys and indexes
 * as strings.
 */

const IDENTIFIER = /^[_A-Za-z][_A-Za-z0-9]*$/;
const INDEX = /^\+?[0-9]+$/;
const USIZE_MAX = 18446744073709551615n;

/**
 * Formats one segment for appending to a path: `.name`, `[2]`, `.*`, or `['odd name']`.
 *
 * @example
 * formatSegment('@id'); // "['@id']"
 */
export function formatSegment(segment: string): string {
  if (segment === '*') return '.*';
  if (segment === '[*]') return '[*]';
  if (INDEX.test(segment) && BigInt(segment) <= USIZE_MAX) return `[${BigInt(segment)}]`;
  if (IDENTIFIER.test(segment)) return `.${segment}`;
  return `['${segment.replace(/[\\']/g, (c) => `\\${c}`)}']`;
}

/**
 * Formats the first `length` segments of a path (the first is the root `$`).
 *
 * @example
 * formatPath(['$', 'items', '0', 'id']); // '$.items[0].id'
 */
export function formatPath(segments: readonly string[], length: number = segments.length): string {
  let text = '$';
  for (let i = 1; i < length; i++) text += formatSegment(segments[i] as string);
  return text;
}

/**
 * Appends a segment to a formatted path.
 *
 * @example
 * joinPath('$.a', 'b c'); // "$.a['b c']"
 */
export function joinPath(path: string, segment: string): string {
  return path + formatSegment(segment);
}
