/**
 * Which matching rules apply at a path. Every rule path that matches is weighed (see path-weight)
 * and, as in the Pact reference, the highest weight × length wins; a rule that matched a parent of
 * the path is "cascaded" to it. Lookups follow a per-category index (rule-trie) with a cursor
 * (rule-cursor); walkers carry cursors down instead of calling these per node.
 */
import type { MatchingRule } from './model.ts';
import type { CompiledRules } from './rule-compile.ts';
import { cursorAt, type RuleCursor } from './rule-cursor.ts';
import type { SelectedRules } from './rule-trie.ts';

export { pathWeight } from './path-weight.ts';
export {
  type CompiledRules,
  compileRules,
  NO_RULES,
  type RuleEntry,
  type RuleKeying,
} from './rule-compile.ts';
export {
  cursorAt,
  directRulesAt,
  type RuleCursor,
  rootCursor,
  stepCursor,
} from './rule-cursor.ts';
export type { SelectedRules } from './rule-trie.ts';
export { rulesAt, rulesForXml } from './rule-views.ts';

/**
 * The best rule list for a path, or `undefined` when no rule applies.
 *
 * @example
 * selectRules(compiled, ['$', 'one', 'a', 'status'], 4)?.cascaded; // false when `$.one.a.status` has rules
 */
export function selectRules(
  rules: CompiledRules,
  segments: readonly string[],
  length: number,
): SelectedRules | undefined {
  return cursorAt(rules, segments, length).selected;
}

/**
 * True when any rule applies at the path (its own or a parent's).
 *
 * @example
 * matcherIsDefined(compiled, ['$', 'a'], 2);
 */
export function matcherIsDefined(rules: CompiledRules, segments: readonly string[], length: number): boolean {
  return cursorAt(rules, segments, length).best !== undefined;
}

const isTypeRule = (rule: MatchingRule): boolean => rule.match === 'type';

/**
 * True when a rule defined exactly at the cursor's path is a type rule. Walkers carry the answer
 * down (a type rule on any prefix counts), as they carry the cursor.
 *
 * @example
 * hasTypeRuleAt(cursorAt(compiled, ['$', 'people'], 2)); // true for `$.people` with `{ match: 'type' }`
 */
export function hasTypeRuleAt(cursor: RuleCursor): boolean {
  for (const node of cursor.nodes) {
    if (node.ending.some((entry) => entry.list.rules.some(isTypeRule))) return true;
  }
  return false;
}
