/**
 * Writes the {@link MatchingRules} model as V3/V4 pact-file JSON, the inverse of
 * {@link readMatchingRules}.
 */
import type { MatchingRule, MatchingRules, RuleCategory, RuleList } from '../../match/model.ts';
import { setOwn } from '../json/untyped-json.ts';
import { fileCategoryName, type PartKind, singleValueCategories } from './part-category.ts';

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

/**
 * Writes one rule list as `{ combine, matchers }`.
 *
 * @example
 * writeRuleList({ rules: [{ match: 'type', min: 1 }], combine: 'AND' }); // { combine: 'AND', matchers: [{ match: 'type', min: 1 }] }
 */
export function writeRuleList(list: RuleList): { combine: 'AND' | 'OR'; matchers: unknown[] } {
  return { combine: list.combine, matchers: list.rules.map(writeMatchingRule) };
}

/**
 * Writes one matching rule as a pact-file object; `timestamp` rules are written as
 * `match: 'datetime'`, the name the Rust reference writes and the pact schemas expect.
 *
 * @example
 * writeMatchingRule({ match: 'regex', regex: '\\d+' }); // { match: 'regex', regex: '\\d+' }
 */
export function writeMatchingRule(rule: MatchingRule): Record<string, unknown> {
  switch (rule.match) {
    case 'arrayContains':
      return {
        match: 'arrayContains',
        variants: rule.variants.map((variant) => ({
          index: variant.index,
          rules: mapValues(variant.rules, writeRuleList),
          ...(variant.generators === undefined
            ? {}
            : { generators: mapValues(variant.generators, (g) => ({ ...g })) }),
        })),
      };
    case 'eachKey':
    case 'eachValue':
      return {
        match: rule.match,
        rules: rule.rules.map(writeMatchingRule),
        ...(rule.value === undefined ? {} : { value: rule.value }),
      };
    case 'timestamp':
      return rule.format === undefined ? { match: 'datetime' } : { match: 'datetime', format: rule.format };
    case 'statusCode':
      return {
        match: 'statusCode',
        status: typeof rule.status === 'string' ? rule.status : [...rule.status],
      };
    default:
      return { ...rule };
  }
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, map: (value: T) => U): Record<string, U> {
  const result: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) setOwn(result, key, map(value));
  return result;
}
