/** Writes one matching rule (a matcher of a rule list), the inverse of {@link readMatchingRule}. */
import type { MatchingRule } from '../../match/index.ts';
import { setOwn } from '../json/untyped-json.ts';
import { writeRuleList } from './write-rule-list.ts';

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
