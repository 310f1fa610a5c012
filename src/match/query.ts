/**
 * Query parameters (V1.1 and later): parameters in any order, the values of a repeated parameter in
 * order; rules by parameter name; number rules accept numbers written as text.
 */
import { applyRules } from './apply-rules.ts';
import { equalText } from './matchers/equality.ts';
import { matchTextRule } from './matchers/index.ts';
import type { MatchingContext } from './matching-context.ts';
import { appendAll, mismatch } from './mismatch.ts';
import type { Mismatch, Query } from './model.ts';
import { selectRules } from './rule-selection.ts';
import { compareTextList } from './text-list.ts';

const debugList = (values: readonly string[]): string =>
  `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;

/**
 * Compares query maps; an absent query is an empty one.
 *
 * @example
 * matchQueryMaps({ a: ['1'] }, { a: ['1'], b: ['2'] }, context); // "Unexpected query parameter 'b' received"
 */
export function matchQueryMaps(
  expected: Query | undefined,
  actual: Query | undefined,
  context: MatchingContext,
): Mismatch[] {
  const expectedQuery = expected ?? {};
  const actualQuery = actual ?? {};
  const issues: Mismatch[] = [];
  for (const [name, values] of Object.entries(expectedQuery)) {
    const actualValues = Object.hasOwn(actualQuery, name) ? actualQuery[name] : undefined;
    if (actualValues === undefined) {
      issues.push(
        mismatch('query', name, debugList(values), '', `Expected query parameter '${name}' but was missing`),
      );
    } else appendAll(issues, matchQueryValues(name, values, actualValues, context));
  }
  for (const [name, values] of Object.entries(actualQuery)) {
    if (!Object.hasOwn(expectedQuery, name)) {
      issues.push(
        mismatch('query', name, '', debugList(values), `Unexpected query parameter '${name}' received`),
      );
    }
  }
  return issues;
}

function matchQueryValues(
  name: string,
  expected: readonly string[],
  actual: readonly string[],
  context: MatchingContext,
): Mismatch[] {
  const segments = ['$', name];
  const selected = selectRules(context.rules, segments, 2);
  const shown = [debugList(expected), debugList(actual)] as const;
  if (selected !== undefined) {
    return compareTextList(
      {
        context,
        segments,
        compareItem: (index, e, a, itemContext) =>
          compareValue(name, [...segments, String(index)], e, a, itemContext),
        listMismatch: (message) => mismatch('query', name, ...shown, message),
      },
      selected,
      expected,
      actual,
    );
  }
  if (expected.length === 0 && actual.length > 0) {
    return [
      mismatch(
        'query',
        name,
        ...shown,
        `Expected an empty parameter list for '${name}' but received ${shown[1]}`,
      ),
    ];
  }
  const issues: Mismatch[] = [];
  for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
    const value = expected[index] ?? '';
    if (index < actual.length)
      issues.push(
        ...compareValue(name, [...segments, String(index)], value, actual[index] as string, context),
      );
    else
      issues.push(
        mismatch(
          'query',
          name,
          ...shown,
          `Expected query parameter '${name}' value '${value}' but was missing`,
        ),
      );
  }
  if (expected.length !== actual.length) {
    const message = `Expected query parameter '${name}' with ${expected.length} value(s) but received ${actual.length} value(s)`;
    issues.push(mismatch('query', name, ...shown, message));
  }
  return issues;
}

function compareValue(
  name: string,
  segments: readonly string[],
  expected: string,
  actual: string,
  context: MatchingContext,
): Mismatch[] {
  const selected = selectRules(context.rules, segments, segments.length);
  const failures = selected
    ? applyRules(selected.list, (rule) => matchTextRule(rule, expected, actual, selected.cascaded))
    : equalText(expected, actual) === undefined
      ? []
      : [`Expected query parameter '${name}' with value '${expected}' but was '${actual}'`];
  return failures.map((failure) => mismatch('query', name, expected, actual, failure));
}
