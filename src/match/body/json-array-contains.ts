/**
 * The `arrayContains` rule (V4): each variant (an expected item, with its own rules) must match at
 * least one actual item, in any order.
 */
import { type JsonValue, stringifyJson } from '../../core/index.ts';
import { withRules } from '../matching-context.ts';
import type { MatchingRule, RuleList } from '../model.ts';
import { compileRules } from '../rule-selection.ts';
import { type JsonVisit, rootNode, runOps } from './json-walker.ts';

type ArrayContainsRule = Extract<MatchingRule, { match: 'arrayContains' }>;

/** Without variants, every expected item must be found, compared by equality everywhere. */
const EQUALITY_EVERYWHERE: Readonly<Record<string, RuleList>> = {
  '': { rules: [{ match: 'equality' }], combine: 'AND' },
};

/**
 * The messages for the variants not found in `actual` (empty when all are found).
 *
 * @example
 * arrayContainsFailures(visit, rule, expected, actual); // ['Variant at index 1 ({"a":1}) was not found in the actual list']
 */
export function arrayContainsFailures(
  visit: JsonVisit,
  rule: ArrayContainsRule,
  expected: readonly JsonValue[],
  actual: readonly JsonValue[],
): string[] {
  const variants =
    rule.variants.length > 0
      ? rule.variants
      : expected.map((_, index) => ({ index, rules: EQUALITY_EVERYWHERE }));
  const failures: string[] = [];
  for (const variant of variants) {
    const item = expected[variant.index];
    if (item === undefined) {
      failures.push(
        `ArrayContains: variant ${variant.index} is missing from the expected list, which has ${expected.length} items`,
      );
      continue;
    }
    const context = withRules(visit.node.context, compileRules(variant.rules, 'path'));
    const found = actual.some((candidate) => runOps([rootNode(item, candidate, context)], []).length === 0);
    if (!found)
      failures.push(
        `Variant at index ${variant.index} (${stringifyJson(item)}) was not found in the actual list`,
      );
  }
  return failures;
}
