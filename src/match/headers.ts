/**
 * Headers: every expected header must be present (names without case); extra actual headers are
 * fine. Values are compared one by one, with the rules for the header when there are any.
 */

import { matchHeaderValue } from './header-value.ts';
import { findHeader, splitHeaderValues } from './header-values.ts';
import type { MatchingContext } from './matching-context.ts';
import { appendAll, mismatch } from './mismatch.ts';
import type { Headers, Mismatch } from './model.ts';
import { selectRules } from './rule-selection.ts';
import { compareTextList } from './text-list.ts';

/**
 * Compares expected headers with actual ones.
 *
 * @example
 * matchHeaderMaps({ Accept: ['a'] }, {}, context); // [{ message: "Expected a header 'Accept' but was missing" }]
 */
export function matchHeaderMaps(
  expected: Headers | undefined,
  actual: Headers | undefined,
  context: MatchingContext,
): Mismatch[] {
  const issues: Mismatch[] = [];
  for (const [name, rawValues] of Object.entries(expected ?? {})) {
    const values = splitHeaderValues(name, rawValues);
    const actualValues = findHeader(actual, name);
    if (actualValues === undefined) {
      issues.push(
        mismatch(
          'header',
          name,
          JSON.stringify(values.join(', ')),
          '',
          `Expected a header '${name}' but was missing`,
        ),
      );
    } else appendAll(issues, matchHeader(name, values, actualValues, context));
  }
  return issues;
}

function matchHeader(
  name: string,
  expected: readonly string[],
  actual: readonly string[],
  context: MatchingContext,
): Mismatch[] {
  if (expected.length === 0 && actual.length > 0) {
    const shown = actual.join(', ');
    return [
      mismatch(
        'header',
        name,
        '',
        shown,
        `Expected an empty header '${name}' but actual value was '${shown}'`,
      ),
    ];
  }
  if (expected.length === 1 && actual.length === 1) {
    return matchHeaderValue(name, 0, expected[0] as string, actual[0] as string, context, true);
  }
  const segments = ['$', name.toLowerCase()];
  const selected = selectRules(context.rules, segments, 2);
  if (selected !== undefined) {
    return compareTextList(
      {
        context,
        segments,
        compareItem: (_index, e, a, itemContext) => matchHeaderValue(name, 0, e, a, itemContext, false),
        listMismatch: (message) => mismatch('header', name, expected.join(', '), actual.join(', '), message),
      },
      selected,
      expected,
      actual,
    );
  }
  return pairwise(name, expected, actual, context);
}

function pairwise(
  name: string,
  expected: readonly string[],
  actual: readonly string[],
  context: MatchingContext,
): Mismatch[] {
  const issues: Mismatch[] = [];
  for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
    const value = expected[index] ?? '';
    const actualValue = actual[index];
    if (actualValue !== undefined)
      appendAll(issues, matchHeaderValue(name, index, value, actualValue, context, false));
    else {
      const message = `Mismatch with header '${name}': Expected value '${value}' at index ${index} but was missing (actual has ${actual.length} value(s))`;
      issues.push(mismatch('header', name, value, '', message));
    }
  }
  return issues;
}
