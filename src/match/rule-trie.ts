/**
 * An index of rule paths by step, so finding the rules that apply at a path follows only the
 * branches that match it (a field by name, an index by number, `*` and `[*]`) instead of weighing
 * every rule. With 200 rules on a 1000-field body this is what keeps matching fast. Walkers follow
 * it one step at a time (see rule-cursor).
 */
import type { PathToken } from './json-path.ts';
import type { RuleList } from './model.ts';
import type { RuleCursor } from './rule-cursor.ts';

/** The rules chosen for a path; `cascaded` when they were defined on a parent. */
export interface SelectedRules {
  readonly list: RuleList;
  readonly cascaded: boolean;
}

/** A rule list, its path length and its position in the rule set (ties go to the first). */
export interface TrieEntry {
  readonly list: RuleList;
  readonly length: number;
  readonly order: number;
  /** The entry chosen at its own path, and cascaded to a child (shared, read-only). */
  readonly own: SelectedRules;
  readonly cascade: SelectedRules;
}

/**
 * One step of the index. `live` when a rule path ends here or below; `plain` when only field names
 * lead on (no `$`, `*`, index or `[*]` step). Every node has every property (one hidden class),
 * which keeps stepping through the index fast.
 */
export interface TrieNode {
  readonly ending: TrieEntry[];
  readonly fields: Map<string, TrieNode>;
  readonly indexes: Map<number, TrieNode>;
  star: TrieNode | undefined;
  starIndex: TrieNode | undefined;
  root: TrieNode | undefined;
  live: boolean;
  plain: boolean;
  /** The cursor of a path that reaches this node alone with no rule before it (see rule-cursor). */
  alone: RuleCursor | undefined;
}

const newNode = (): TrieNode => ({
  ending: [],
  fields: new Map(),
  indexes: new Map(),
  star: undefined,
  starIndex: undefined,
  root: undefined,
  live: false,
  plain: true,
  alone: undefined,
});

function child(node: TrieNode, token: PathToken): TrieNode {
  if (token.kind !== 'field') node.plain = false;
  switch (token.kind) {
    case 'root':
      node.root ??= newNode();
      return node.root;
    case 'star':
      node.star ??= newNode();
      return node.star;
    case 'star-index':
      node.starIndex ??= newNode();
      return node.starIndex;
    case 'field':
      return getOrAdd(node.fields, token.name);
    case 'index':
      return getOrAdd(node.indexes, token.index);
  }
}

function getOrAdd<K>(map: Map<K, TrieNode>, key: K): TrieNode {
  let node = map.get(key);
  if (node === undefined) {
    node = newNode();
    map.set(key, node);
  }
  return node;
}

/**
 * Indexes rule paths.
 *
 * @example
 * const trie = buildRuleTrie([{ tokens: parsed('$.a[*]'), list }]);
 */
export function buildRuleTrie(
  entries: readonly { tokens: readonly PathToken[]; list: RuleList }[],
): TrieNode {
  const root = newNode();
  entries.forEach(({ tokens, list }, order) => {
    let node = root;
    node.live = true;
    for (const token of tokens) {
      node = child(node, token);
      node.live = true;
    }
    const own = { list, cascaded: false };
    node.ending.push({ list, length: tokens.length, order, own, cascade: { list, cascaded: true } });
  });
  return root;
}
