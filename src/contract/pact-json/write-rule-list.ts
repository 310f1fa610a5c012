/** Writes `{ combine, matchers }`, the list of rules at one path, the inverse of {@link readRuleList}. */
import type { RuleList } from '../../match/index.ts';
import { writeMatchingRule } from './write-rule.ts';

/**
 * Writes one rule list as `{ combine, matchers }`.
 *
 * @example
 * writeRuleList({ rules: [{ match: 'type', min: 1 }], combine: 'AND' }); // { combine: 'AND', matchers: [{ match: 'type', min: 1 }] }
 */
export function writeRuleList(list: RuleList): { combine: 'AND' | 'OR'; matchers: unknown[] } {
  return { combine: list.combine, matchers: list.rules.map(writeMatchingRule) };
}
