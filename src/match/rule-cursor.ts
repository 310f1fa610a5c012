/**
 * Where a path stands in a rule trie: the trie nodes its segments reach (with their weights) and the
 * best rule list met on the way (highest weight × length, ties to the first rule). A child's cursor
 * derives from its parent's in O(active nodes), so walkers that carry cursors down a document find
 * the rules of each node without going back to the root; branches no rule can reach are dropped, so
 * most of a large document steps through an empty cursor.
 */
import type { MatchingRule, RuleList } from './model.ts';
import type { CompiledRules } from './rule-compile.ts';
import { buildRuleTrie, type SelectedRules, type TrieEntry, type TrieNode } from './rule-trie.ts';

/** A path's position in a rule trie. Read-only; derive children with {@link stepCursor}. */
export interface RuleCursor {
  readonly nodes: readonly TrieNode[];
  readonly weights: readonly number[];
  /** The best entry on the path or a prefix of it, its score, and whether it is a prefix's. */
  readonly best: TrieEntry | undefined;
  readonly score: number;
  readonly cascaded: boolean;
  /** The rules chosen at the path (`single` categories: the one list everywhere). */
  readonly selected: SelectedRules | undefined;
}

const roots = new WeakMap<CompiledRules, RuleCursor>();

/**
 * The cursor of the empty path (before `$`), once per rule set.
 *
 * @example
 * stepCursor(rootCursor(compiled), '$').selected; // the rules at `$`
 */
export function rootCursor(rules: CompiledRules): RuleCursor {
  let cursor = roots.get(rules);
  if (cursor === undefined) {
    cursor = rules.single === undefined ? trieCursor(rules) : singleCursor(rules.single);
    roots.set(rules, cursor);
  }
  return cursor;
}

function trieCursor(rules: CompiledRules): RuleCursor {
  const trie = buildRuleTrie(rules.entries);
  return trie.live ? withBest([trie], [1], undefined, -1) : EMPTY;
}

/**
 * A `single` category: the same list, not cascaded, at every path. Marked `cascaded` so that
 * stepping keeps the cursor as it is.
 */
function singleCursor(list: RuleList): RuleCursor {
  const entry: TrieEntry = {
    list,
    length: 0,
    order: 0,
    own: { list, cascaded: false },
    cascade: { list, cascaded: false },
  };
  return { nodes: [], weights: [], best: entry, score: 0, cascaded: true, selected: entry.own };
}

/**
 * The cursor of the first `length` segments of a path.
 *
 * @example
 * cursorAt(compiled, ['$', 'a', '0'], 3).selected;
 */
export function cursorAt(rules: CompiledRules, segments: readonly string[], length: number): RuleCursor {
  let cursor = rootCursor(rules);
  for (let i = 0; i < length; i++) cursor = stepCursor(cursor, segments[i] as string);
  return cursor;
}

/**
 * The cursor one segment further down (a key, an index as decimal text, `$`, `*` or `[*]`).
 *
 * @example
 * stepCursor(cursor, 'items');
 */
export function stepCursor(cursor: RuleCursor, segment: string): RuleCursor {
  const { nodes, weights } = cursor;
  if (nodes.length === 0) return cursor.cascaded || cursor.best === undefined ? cursor : cascade(cursor);
  const only = nodes.length === 1 ? (nodes[0] as TrieNode) : undefined;
  if (only?.plain) return stepByField(cursor, only.fields.get(segment), (weights[0] as number) * 2);
  let found: Reached | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as TrieNode;
    const weight = weights[i] as number;
    if (segment === '$') found = reach(found, node.root, weight * 2);
    found = reach(found, node.fields.get(segment), weight * 2);
    found = reach(found, node.star, weight);
    const index = node.indexes.size > 0 || node.starIndex !== undefined ? indexOf(segment) : undefined;
    if (index !== undefined) found = reach(found, node.indexes.get(index), weight * 2);
    if (index !== undefined || segment === '[*]') found = reach(found, node.starIndex, weight);
  }
  if (found === undefined) return cursor.best === undefined ? EMPTY : cascade(cursor);
  return withBest(found.nodes, found.weights, cursor.best, cursor.score);
}

/** A step from one node that only field names leave: at most one node is reached. */
function stepByField(cursor: RuleCursor, node: TrieNode | undefined, weight: number): RuleCursor {
  if (!node?.live) return cursor.best === undefined ? EMPTY : cascade(cursor);
  if (cursor.best !== undefined) return withBest([node], [weight], cursor.best, cursor.score);
  // With no rule before it, the cursor depends on the node alone (its weight is fixed by its path).
  let alone = node.alone;
  if (alone === undefined) {
    alone = withBest([node], [weight], undefined, -1);
    node.alone = alone;
  }
  return alone;
}

/** The live trie nodes one step reaches (allocated on the first, as most steps reach none). */
interface Reached {
  readonly nodes: TrieNode[];
  readonly weights: number[];
}

function reach(found: Reached | undefined, node: TrieNode | undefined, weight: number): Reached | undefined {
  if (!node?.live) return found;
  if (found === undefined) return { nodes: [node], weights: [weight] };
  found.nodes.push(node);
  found.weights.push(weight);
  return found;
}

const EMPTY: RuleCursor = {
  nodes: [],
  weights: [],
  best: undefined,
  score: -1,
  cascaded: false,
  selected: undefined,
};

function cascade(cursor: RuleCursor): RuleCursor {
  const best = cursor.best as TrieEntry;
  return { nodes: [], weights: [], best, score: cursor.score, cascaded: true, selected: best.cascade };
}

function withBest(
  nodes: readonly TrieNode[],
  weights: readonly number[],
  inherited: TrieEntry | undefined,
  inheritedScore: number,
): RuleCursor {
  let best = inherited;
  let score = inheritedScore;
  for (let i = 0; i < nodes.length; i++) {
    const weight = weights[i] as number;
    for (const entry of (nodes[i] as TrieNode).ending) {
      const entryScore = weight * entry.length;
      if (entryScore > score || (entryScore === score && best !== undefined && entry.order < best.order)) {
        best = entry;
        score = entryScore;
      }
    }
  }
  const cascaded = best !== undefined && best === inherited;
  const selected = best === undefined ? undefined : cascaded ? best.cascade : best.own;
  return { nodes, weights, best, score, cascaded, selected };
}

function indexOf(segment: string): number | undefined {
  const first = segment.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 43) || !/^\+?[0-9]+$/.test(segment)) return undefined;
  return Number(segment);
}

/**
 * The rules defined exactly at the cursor's path, not cascaded from a parent.
 *
 * @example
 * directRulesAt(cursorAt(compiled, ['$'], 1)); // [{ match: 'eachKey', ... }]
 */
export function directRulesAt(cursor: RuleCursor): MatchingRule[] {
  const found: MatchingRule[] = [];
  for (const node of cursor.nodes)
    for (const entry of node.ending) for (const rule of entry.list.rules) found.push(rule);
  return found;
}
