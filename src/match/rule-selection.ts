/**
 * Which matching rules apply at a path. Rule keys are parsed once per rule set (cached in a WeakMap
 * on the set); at each path every rule path that matches is weighed (root 2, equal name or index 2,
 * `*` 1, anything else 0, multiplied) and, as in the Pact reference, the highest weight × length wins.
 * A rule that matched a parent of the path is "cascaded" to it.
 */
import { type PathToken, parseJsonPath } from './json-path.ts';
import type { MatchingRule, RuleList } from './model.ts';
import { buildRuleTrie, type TrieEntry, type TrieNode, visitApplicable } from './rule-trie.ts';

/** One rule list with its parsed path. */
export interface RuleEntry {
  readonly tokens: readonly PathToken[];
  readonly list: RuleList;
}

/** A compiled rule category. `single` categories (path, method, status) have one list for everything. */
export interface CompiledRules {
  readonly entries: readonly RuleEntry[];
  readonly single?: RuleList;
}

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

/** How a category's keys name what they apply to. */
export type RuleKeying = 'path' | 'name' | 'lower-name' | 'single';

type RuleSet = Readonly<Record<string, RuleList>>;

/** A category with no rules. */
export const NO_RULES: CompiledRules = { entries: [] };

const caches: Record<RuleKeying, WeakMap<RuleSet, CompiledRules>> = {
  path: new WeakMap(),
  name: new WeakMap(),
  'lower-name': new WeakMap(),
  single: new WeakMap(),
};

/**
 * Compiles a rule category once; later calls with the same object are a WeakMap lookup. Keys that
 * do not parse as paths are ignored (the pact reader reports them).
 *
 * @example
 * const rules = compileRules({ '$.a[*]': { rules: [{ match: 'type' }], combine: 'AND' } }, 'path');
 * selectRules(rules, ['$', 'a', '0'], 3); // { list: ..., cascaded: false }
 */
export function compileRules(rules: RuleSet | undefined, keying: RuleKeying): CompiledRules {
  if (rules === undefined) return NO_RULES;
  const cache = caches[keying];
  let compiled = cache.get(rules);
  if (compiled === undefined) {
    compiled = keying === 'single' ? compileSingle(rules) : compileKeyed(rules, keying);
    cache.set(rules, compiled);
  }
  return compiled;
}

function compileSingle(rules: RuleSet): CompiledRules {
  const lists = Object.values(rules).filter((list) => list.rules.length > 0);
  const [first] = lists;
  if (first === undefined) return NO_RULES;
  const merged: RuleList = { rules: lists.flatMap((list) => list.rules), combine: first.combine };
  return { entries: [], single: merged };
}

function compileKeyed(rules: RuleSet, keying: RuleKeying): CompiledRules {
  const entries: RuleEntry[] = [];
  for (const [key, list] of Object.entries(rules)) {
    const tokens = keyTokens(key, keying);
    if (tokens !== undefined && list.rules.length > 0) entries.push({ tokens, list });
  }
  return { entries };
}

function keyTokens(key: string, keying: RuleKeying): readonly PathToken[] | undefined {
  const lower = keying === 'lower-name';
  if (keying !== 'path' && !key.startsWith('$')) {
    return [{ kind: 'root' }, { kind: 'field', name: lower ? key.toLowerCase() : key }];
  }
  const parsed = parseJsonPath(key);
  if (!parsed.ok) return undefined;
  if (!lower) return parsed.tokens;
  return parsed.tokens.map((token) =>
    token.kind === 'field' ? { kind: 'field', name: token.name.toLowerCase() } : token,
  );
}

const xmlViews = new WeakMap<CompiledRules, CompiledRules>();

/**
 * The rules as they apply to XML documents, whose paths have no indexes (`$.animals.alligator`):
 * `[*]` steps in rule paths are dropped, so `$.animals[*].alligator` applies to each alligator.
 *
 * @example
 * selectRules(rulesForXml(compiled), ['$', 'animals', 'alligator'], 3);
 */
export function rulesForXml(rules: CompiledRules): CompiledRules {
  let view = xmlViews.get(rules);
  if (view === undefined) {
    const entries = rules.entries.map((entry) => ({
      tokens: entry.tokens.filter((token) => token.kind !== 'star-index'),
      list: entry.list,
    }));
    view = rules.single === undefined ? { entries } : { entries, single: rules.single };
    xmlViews.set(rules, view);
  }
  return view;
}

/**
 * A compiled category holding one rule list at the given path (used for `eachValue`, whose rules
 * apply to the children of where it is defined).
 *
 * @example
 * rulesAt(['$', 'a', '*'], 3, { rules: [{ match: 'regex', regex: '\\d+' }], combine: 'AND' });
 */
export function rulesAt(segments: readonly string[], length: number, list: RuleList): CompiledRules {
  const tokens: PathToken[] = [];
  for (let i = 0; i < length; i++) tokens.push(segmentToken(segments[i] as string));
  return { entries: [{ tokens, list }] };
}

function segmentToken(segment: string): PathToken {
  if (segment === '$') return { kind: 'root' };
  if (segment === '*') return { kind: 'star' };
  return { kind: 'field', name: segment };
}

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

/**
 * The best rule list for a path, or `undefined` when no rule applies.
 *
 * @example
 * selectRules(compiled, ['$', 'one', 'a', 'status'], 4)?.cascaded; // false when `$.one.a.status` has rules
 */
export function selectRules(rules: CompiledRules, segments: readonly string[], length: number): SelectedRules | undefined {
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
  return rules.entries.some(
    (entry) =>
      pathWeight(entry.tokens, segments, length) > 0 &&
      entry.list.rules.some((rule) => TYPE_RULES.has(rule.match)),
  );
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
  for (const entry of rules.entries) {
    if (entry.tokens.length === length && pathWeight(entry.tokens, segments, length) > 0)
      found.push(...entry.list.rules);
  }
  return found;
}
