/**
 * Writes the {@link MatchingRules} model as V3/V4 pact-file JSON, the inverse of
 * {@link readMatchingRules}.
 */
import type { MatchingRules, RuleCategory, RuleList } from '../../match/index.ts';
import { setOwn } from '../json/untyped-json.ts';
import { fileCategoryName, type PartKind, singleValueCategories } from './part-category.ts';
import { writeRuleList } from './write-rule-list.ts';

/**
 * Writes matching rules nested by category. Message content rules are written under `body` (see
 * {@link fileCategoryName}); `path`, `method` and `status` are written as one rule list.
 * Empty categories are left out; the result is undefined when there are no rules at all.
 *
 * @example
 * writeMatchingRules({ path: { $: { rules: [{ match: 'regex', regex: '^/o/\\d+$' }], combine: 'AND' } } });
 * // { path: { combine: 'AND', matchers: [{ match: 'regex', regex: '^/o/\\d+$' }] } }
 */
export function writeMatchingRules(
  rules: MatchingRules | undefined,
  part: PartKind = 'http',
): Record<string, unknown> | undefined {
  if (rules === undefined) return undefined;
  const json: Record<string, unknown> = {};
  for (const [category, entries] of Object.entries(rules) as [RuleCategory, Record<string, RuleList>][]) {
    const keys = Object.keys(entries);
    if (keys.length === 0) continue;
    const name = fileCategoryName(category, part);
    if (singleValueCategories.has(category)) {
      const list = entries.$ ?? entries[keys[0] ?? '$'];
      if (list !== undefined) json[name] = writeRuleList(list);
      continue;
    }
    const written: Record<string, unknown> = {};
    for (const [key, list] of Object.entries(entries)) setOwn(written, key, writeRuleList(list));
    json[name] = written;
  }
  return Object.keys(json).length === 0 ? undefined : json;
}
