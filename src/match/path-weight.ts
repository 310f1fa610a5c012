/**
 * Weighing a rule path against a concrete path, as the Pact reference does: root 2, an equal name or
 * index 2, `*` (and `[*]` on an index) 1, anything else 0; the weights multiply.
 */
import type { PathToken } from './json-path.ts';

function isIndexSegment(segment: string): boolean {
  const first = segment.charCodeAt(0);
  return ((first >= 48 && first <= 57) || first === 43) && /^\+?[0-9]+$/.test(segment);
}

function tokenWeight(segment: string, token: PathToken): number {
  switch (token.kind) {
    case 'root':
      return segment === '$' ? 2 : 0;
    case 'field':
      return segment === token.name ? 2 : 0;
    case 'index':
      return segment === token.text || (isIndexSegment(segment) && Number(segment) === token.index) ? 2 : 0;
    case 'star-index':
      return segment === '[*]' || isIndexSegment(segment) ? 1 : 0;
    case 'star':
      return 1;
  }
}

/**
 * The weight of a rule path against the first `length` segments of a path (0: does not apply).
 *
 * @example
 * pathWeight(parsed('$.a.*'), ['$', 'a', 'b'], 3); // 4
 */
export function pathWeight(
  tokens: readonly PathToken[],
  segments: readonly string[],
  length: number,
): number {
  if (length < tokens.length) return 0;
  let weight = 1;
  for (let i = 0; i < tokens.length && weight > 0; i++) {
    weight *= tokenWeight(segments[i] as string, tokens[i] as PathToken);
  }
  return weight;
}
