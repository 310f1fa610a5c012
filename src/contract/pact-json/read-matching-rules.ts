/**
 * Reads a `matchingRules` field into the {@link MatchingRules} model: the V2 flat map keyed by
 * JSON path (`$.body.id`, `$.headers.Accept`, `$.query.q`, `$.path`) or the V3/V4 map nested by
 * category (`{ body: { '$.id': { matchers: [...], combine } }, path: { matchers: [...] } }`).
 */

import { isPlainObject } from '../../core/index.ts';
import {
  type MatchingRule,
  type MatchingRules,
  parseJsonPath,
  type RuleCategory,
  type RuleList,
  type SpecVersion,
} from '../../match/index.ts';
import { setOwn } from '../json/untyped-json.ts';
import { childPath } from './location-path.ts';
import type { PartKind } from './part-category.ts';
import { partCategory, singleValueCategories } from './part-category.ts';
import { readMatchingRule } from './read-rule.ts';
import { readRuleList } from './read-rule-list.ts';

type MutableRules = Partial<Record<RuleCategory, Record<string, RuleList>>>;

/**
 * Reads matching rules into normalised categories. Which form a map is in is decided as the Rust
 * reference does: V2 when its first key starts with `$`, else V3/V4 — whatever `spec` says, since
 * files in the wild mix them.
 *
 * Normalisation:
 * - `path`, `method` and `status` hold one rule list, under the key `$`.
 * - `header`/`headers`, `query` and `metadata` are keyed by name.
 * - Body rules are keyed by JSON path (`$`, `$.items[*].id`). For HTTP requests and responses they
 *   are in category `body`; for messages (`part: 'message'`) in category `content`, whichever of
 *   `body` (V3 messages), `content` or `contents` (V4) the file used. The engine reads one category
 *   per part.
 * - V2 rules (one rule per path) become one-rule lists combined with `AND`.
 *
 * @throws SeamError `invalid-matching-rule` for a rule it cannot read (see {@link readMatchingRule}).
 * @example
 * readMatchingRules({ '$.body.id': { match: 'type' }, '$.headers.Accept': { regex: 'json' } }, 'V2');
 * // { body: { '$.id': { rules: [{ match: 'type' }], combine: 'AND' } },
 * //   header: { Accept: { rules: [{ match: 'regex', regex: 'json' }], combine: 'AND' } } }
 */
export function readMatchingRules(
  json: unknown,
  spec: SpecVersion,
  part: PartKind = 'http',
  location = '$',
): MatchingRules {
  void spec;
  const rules: MutableRules = {};
  if (!isPlainObject(json)) return rules;
  const [firstKey] = Object.keys(json);
  if (firstKey === undefined) return rules;
  if (firstKey.startsWith('$')) readV2Rules(json, part, location, rules);
  else readV3Rules(json, part, location, rules);
  return rules;
}

function readV2Rules(
  json: Record<string, unknown>,
  part: PartKind,
  location: string,
  rules: MutableRules,
): void {
  for (const [key, value] of Object.entries(json)) {
    const target = v2Target(key, part);
    if (target === undefined) continue;
    const rule = readMatchingRule(value, childPath(location, key));
    addRule(rules, target.category, target.key, rule);
  }
}

function v2Target(key: string, part: PartKind): { category: RuleCategory; key: string } | undefined {
  const bodyCategory = part === 'message' ? 'content' : 'body';
  if (key === '$.body') return { category: bodyCategory, key: '$' };
  if (key.startsWith('$.body')) return { category: bodyCategory, key: `$${key.slice(6)}` };
  const parsed = parseJsonPath(key);
  if (!parsed.ok) return undefined;
  const [, first, second] = parsed.tokens;
  if (first?.kind !== 'field') return undefined;
  const category = partCategory(first.name, part);
  if (category === undefined) return undefined;
  if (category === 'body' || category === 'content')
    return { category, key: `$${key.slice(2 + first.name.length)}` };
  const name = second?.kind === 'field' ? second.name : undefined;
  return { category, key: name === undefined || singleValueCategories.has(category) ? '$' : name };
}

function readV3Rules(
  json: Record<string, unknown>,
  part: PartKind,
  location: string,
  rules: MutableRules,
): void {
  for (const [name, value] of Object.entries(json)) {
    const category = partCategory(name, part);
    if (category === undefined || !isPlainObject(value)) continue;
    const at = childPath(location, name);
    if ('matchers' in value) {
      addList(rules, category, '$', readRuleList(value, at));
      continue;
    }
    for (const [key, list] of Object.entries(value)) {
      addList(
        rules,
        category,
        singleValueCategories.has(category) ? '$' : key,
        readRuleList(list, childPath(at, key)),
      );
    }
  }
}

function addRule(rules: MutableRules, category: RuleCategory, key: string, rule: MatchingRule): void {
  addList(rules, category, key, { rules: [rule], combine: 'AND' });
}

function addList(rules: MutableRules, category: RuleCategory, key: string, list: RuleList | undefined): void {
  if (list === undefined) return;
  const entries = rules[category] ?? {};
  const existing = Object.hasOwn(entries, key) ? entries[key] : undefined;
  setOwn(
    entries,
    key,
    existing === undefined ? list : { rules: [...existing.rules, ...list.rules], combine: existing.combine },
  );
  rules[category] = entries;
}
