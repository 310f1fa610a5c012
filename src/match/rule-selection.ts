/**
 * Which matching rules apply at a path. Every rule path that matches is weighed (see path-weight)
 * and, as in the Pact reference, the highest weight × length wins; a rule that matched a parent of
 * the path is "cascaded" to it. Lookups go through a per-category index (rule-trie).
 */
import type { MatchingRule, RuleList } from './model.ts';
import type { CompiledRules } from './rule-compile.ts';
import { buildRuleTrie, type TrieEntry, type TrieNode, visitApplicable } from './rule-trie.ts';

export { pathWeight } from './path-weight.ts';
export {
  type CompiledRules,
  compileRules,
  NO_RULES,
  type RuleEntry,
  type RuleKeying,
} from './rule-compile.ts';
export { rulesAt, rulesForXml } from './rule-views.ts';

const tries = new WeakMap<CompiledRules, TrieNode>();

function trieOf(rules: CompiledRules): TrieNode {
  let trie = tries.get(rules);
  if (trie === undefined) {
    trie = buildRuleTrie(rules.entries);
    tries.set(rules, trie);
  }
  return trie;
}

/** The rules chosen for a path; `cascaded` when they were defined on a parent. */
export interface SelectedRules {
  readonly list: RuleList;
  readonly cascaded: boolean;
}

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
  if (rules.single !== undefined) return { list: rules.single, cascaded: false };
  if (rules.entries.length === 0) return undefined;
  let best: TrieEntry | undefined;
  let bestScore = -1;
  visitApplicable(trieOf(rules), segments, length, (entry, weight) => {
    const score = weight * entry.length;
    if (score > bestScore || (score === bestScore && best !== undefined && entry.order < best.order)) {
      best = entry;
      bestScore = score;
    }
    return false;
  });
  const chosen = best as TrieEntry | undefined;
  return chosen === undefined ? undefined : { list: chosen.list, cascaded: chosen.length !== length };
}

/**
 * True when any rule applies at the path (its own or a parent's).
 *
 * @example
 * matcherIsDefined(compiled, ['$', 'a'], 2);
 */
export function matcherIsDefined(rules: CompiledRules, segments: readonly string[], length: number): boolean {
  if (rules.single !== undefined) return true;
  if (rules.entries.length === 0) return false;
  let found = false;
  visitApplicable(trieOf(rules), segments, length, () => {
    found = true;
    return true;
  });
  return found;
}

const TYPE_RULES = new Set(['type']);

/**
 * True when any rule applying at the path (even a parent's, not only the best) is a type rule.
 *
 * @example
 * typeMatcherDefined(compiled, ['$', 'people', 'person'], 3);
 */
export function typeMatcherDefined(
  rules: CompiledRules,
  segments: readonly string[],
  length: number,
): boolean {
  if (rules.entries.length === 0) return false;
  let found = false;
  visitApplicable(trieOf(rules), segments, length, (entry) => {
    found = entry.list.rules.some((rule) => TYPE_RULES.has(rule.match));
    return found;
  });
  return found;
}

/**
 * The rules defined exactly at the path (same length), not cascaded from a parent.
 *
 * @example
 * directRules(compiled, ['$'], 1); // [{ match: 'eachKey', ... }]
 */
export function directRules(
  rules: CompiledRules,
  segments: readonly string[],
  length: number,
): MatchingRule[] {
  const found: MatchingRule[] = [];
  if (rules.entries.length === 0) return found;
  visitApplicable(trieOf(rules), segments, length, (entry) => {
    if (entry.length === length) for (const rule of entry.list.rules) found.push(rule);
    return false;
  });
  return found;
}
