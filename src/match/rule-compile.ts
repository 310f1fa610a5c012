/**
 * Compiling a rule category: rule keys parsed once per rule set (cached in a WeakMap on the set).
 * Body rules are keyed by JSON path; header, query and metadata rules by name (header names without
 * case); path, method and status categories hold one list.
 */
import { type PathToken, parseJsonPath } from './json-path.ts';
import type { RuleList } from './model.ts';

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
