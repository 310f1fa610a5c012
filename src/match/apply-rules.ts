/**
 * Applying a rule list to one value: every rule for `AND`, any rule for `OR` (then, when all fail,
 * every failure is reported), as the reference's `match_values` does.
 */

import type { Verdict } from './matchers/index.ts';
import type { MatchingRule, RuleList } from './model.ts';

/**
 * The failure messages of a rule list (empty when it matches).
 *
 * @example
 * applyRules({ rules: [{ match: 'type' }, { match: 'regex', regex: 'x' }], combine: 'OR' }, (rule) => ...);
 */
export function applyRules(list: RuleList, check: (rule: MatchingRule) => Verdict): string[] {
  const failures: string[] = [];
  let passed = 0;
  for (const rule of list.rules) {
    const verdict = check(rule);
    if (verdict === undefined) passed++;
    else failures.push(verdict);
  }
  if (list.combine === 'OR' && passed > 0) return [];
  return failures;
}
