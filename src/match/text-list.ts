/**
 * Comparing lists of text values (repeated query parameters, repeated header values) when rules
 * apply to the list: the rule checks the list as a whole, then every actual value is compared with
 * the expected value at its index (or the first expected value).
 */
import { applyRules } from './apply-rules.ts';
import { matchListRule } from './matchers/index.ts';
import { type MatchingContext, withRules } from './matching-context.ts';
import { appendAll } from './mismatch.ts';
import type { MatchingRule, Mismatch } from './model.ts';
import { compileRules, matcherIsDefined, rulesAt, type SelectedRules } from './rule-selection.ts';

/** How to compare one value, and how to word a list-level mismatch. */
export interface TextListComparison {
  readonly context: MatchingContext;
  /** The path of the list, as segments (`['$', 'id']`). */
  readonly segments: readonly string[];
  compareItem(index: number, expected: string, actual: string, context: MatchingContext): Mismatch[];
  listMismatch(message: string): Mismatch;
}

const listOf = (items: readonly string[]) => ({ items, text: true });

/**
 * The mismatches of a text list under the selected rules.
 *
 * @example
 * compareTextList(comparison, selected, ['1', '2'], ['1']); // [] for `{ match: 'type', min: 1 }`
 */
export function compareTextList(
  comparison: TextListComparison,
  selected: SelectedRules,
  expected: readonly string[],
  actual: readonly string[],
): Mismatch[] {
  if (expected.length === 0) return [];
  const outcomes = selected.list.rules.map((rule) =>
    ruleOutcome(comparison, rule, selected.cascaded, expected, actual),
  );
  if (selected.list.combine === 'OR' && outcomes.some((issues) => issues.length === 0)) return [];
  return dedupe(outcomes.flat());
}

function ruleOutcome(
  comparison: TextListComparison,
  rule: MatchingRule,
  cascaded: boolean,
  expected: readonly string[],
  actual: readonly string[],
): Mismatch[] {
  if (rule.match === 'arrayContains') return arrayContains(comparison, rule, expected, actual);
  if (rule.match === 'eachValue') {
    if (cascaded) return [];
    const segments = [...comparison.segments, '*'];
    const context = withRules(
      comparison.context,
      rulesAt(segments, segments.length, { rules: rule.rules, combine: 'AND' }),
    );
    return items(comparison, context, expected, actual);
  }
  const failure = applyRules({ rules: [rule], combine: 'AND' }, (r) =>
    matchListRule(r, listOf(expected), listOf(actual), cascaded),
  );
  return [
    ...failure.map((message) => comparison.listMismatch(message)),
    ...items(comparison, comparison.context, expected, actual),
  ];
}

function items(
  comparison: TextListComparison,
  context: MatchingContext,
  expected: readonly string[],
  actual: readonly string[],
): Mismatch[] {
  const issues: Mismatch[] = [];
  const count = Math.max(expected.length, actual.length);
  for (let index = 0; index < count; index++) {
    const item = (index < expected.length ? expected[index] : expected[0]) as string;
    if (index < actual.length)
      appendAll(issues, comparison.compareItem(index, item, actual[index] as string, context));
    else if (
      !matcherIsDefined(
        context.rules,
        [...comparison.segments, String(index)],
        comparison.segments.length + 1,
      )
    ) {
      issues.push(comparison.listMismatch(`Expected ${item} (${index}) but was missing`));
    }
  }
  return issues;
}

function arrayContains(
  comparison: TextListComparison,
  rule: Extract<MatchingRule, { match: 'arrayContains' }>,
  expected: readonly string[],
  actual: readonly string[],
): Mismatch[] {
  const variants =
    rule.variants.length > 0 ? rule.variants : expected.map((_, index) => ({ index, rules: {} }));
  const issues: Mismatch[] = [];
  for (const variant of variants) {
    const item = expected[variant.index];
    if (item === undefined) {
      const message = `ArrayContains: variant ${variant.index} is missing from the expected list, which has ${expected.length} items`;
      issues.push(comparison.listMismatch(message));
      continue;
    }
    const context = withRules(comparison.context, compileRules(variant.rules, 'path'));
    if (!actual.some((value, index) => comparison.compareItem(index, item, value, context).length === 0)) {
      issues.push(
        comparison.listMismatch(
          `Variant at index ${variant.index} (${item}) was not found in the actual list`,
        ),
      );
    }
  }
  return issues;
}

function dedupe(issues: readonly Mismatch[]): Mismatch[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
