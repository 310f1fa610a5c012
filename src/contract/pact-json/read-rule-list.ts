/** Reads `{ matchers: [...], combine }`, the list of rules at one path. */
import { isPlainObject } from '../../core/index.ts';
import type { MatchingRule, RuleList } from '../../match/index.ts';
import { jsonToString } from '../json/untyped-json.ts';
import { childPath } from './location-path.ts';
import { readMatchingRule } from './read-rule.ts';

/**
 * Reads a rule list. `combine` is `OR` when it says so (any case), else `AND`. A list with no
 * matchers (or no `matchers` array) reads as undefined, as the Rust reference drops it.
 *
 * @example
 * readRuleList({ matchers: [{ match: 'type' }], combine: 'OR' }); // { rules: [{ match: 'type' }], combine: 'OR' }
 */
export function readRuleList(json: unknown, location = '$', depth = 0): RuleList | undefined {
  if (!isPlainObject(json) || !Array.isArray(json.matchers) || json.matchers.length === 0) return undefined;
  const at = childPath(location, 'matchers');
  const rules: MatchingRule[] = json.matchers.map((rule, index) =>
    readMatchingRule(rule, childPath(at, index), depth),
  );
  const combine =
    json.combine !== undefined && jsonToString(json.combine).toUpperCase() === 'OR' ? 'OR' : 'AND';
  return { rules, combine };
}
