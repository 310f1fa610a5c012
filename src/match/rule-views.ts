/** Derived rule categories: the XML view of body rules, and the rules of an `eachValue`. */
import type { PathToken } from './json-path.ts';
import type { RuleList } from './model.ts';
import type { CompiledRules } from './rule-compile.ts';

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
