/** Looking up the rules for a path given as text, for callers outside the walkers. */
import { parseJsonPath } from './json-path.ts';
import type { RuleList } from './model.ts';
import { compileRules, type SelectedRules, selectRules } from './rule-selection.ts';

/**
 * The best body rules for a concrete path (`$.items[0].id`), or `undefined` when none applies or the
 * path does not parse.
 *
 * @example
 * findRules({ '$.items[*].id': { rules: [{ match: 'integer' }], combine: 'AND' } }, '$.items[0].id');
 * // { list: { rules: [{ match: 'integer' }], combine: 'AND' }, cascaded: false }
 */
export function findRules(
  rules: Readonly<Record<string, RuleList>> | undefined,
  path: string,
): SelectedRules | undefined {
  const parsed = parseJsonPath(path);
  if (!parsed.ok) return undefined;
  const segments = parsed.tokens.map((token) => {
    if (token.kind === 'root') return '$';
    if (token.kind === 'field') return token.name;
    if (token.kind === 'index') return token.text;
    return token.kind === 'star' ? '*' : '[*]';
  });
  return selectRules(compileRules(rules, 'path'), segments, segments.length);
}
