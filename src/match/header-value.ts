/** Comparing one header value: by the rules for the header, as a parameterised value, or as text. */
import { applyRules } from './apply-rules.ts';
import { equalText } from './matchers/equality.ts';
import { matchTextRule } from './matchers/index.ts';
import type { MatchingContext } from './matching-context.ts';
import { mismatch } from './mismatch.ts';
import type { Mismatch } from './model.ts';
import { matchParameterHeader, PARAMETERISED_HEADERS } from './parameter-header.ts';
import { selectRules } from './rule-selection.ts';

const normaliseCommas = (value: string): string =>
  value
    .split(',')
    .map((part) => part.trim())
    .join(',');

/**
 * The mismatches of one header value (`index` is its position when the header has several).
 *
 * @example
 * matchHeaderValue('Accept', 0, 'alligators', 'Alligators', context, true);
 * // [{ message: "Mismatch with header 'Accept': Expected 'Alligators' to be equal to 'alligators'" }]
 */
export function matchHeaderValue(
  name: string,
  index: number,
  expectedValue: string,
  actualValue: string,
  context: MatchingContext,
  singleValue: boolean,
): Mismatch[] {
  const expected = expectedValue.trim();
  const actual = actualValue.trim();
  const failures = headerFailures(name, index, expected, actual, context, singleValue);
  return failures.map((failure) =>
    mismatch('header', name, expected, actual, `Mismatch with header '${name}': ${failure}`),
  );
}

function headerFailures(
  name: string,
  index: number,
  expected: string,
  actual: string,
  context: MatchingContext,
  singleValue: boolean,
): string[] {
  const lower = name.toLowerCase();
  const suffix = singleValue ? '' : ` for value at index ${index}`;
  const selected =
    selectRules(context.rules, ['$', lower], 2) ?? selectRules(context.rules, ['$', lower, String(index)], 3);
  if (selected !== undefined) {
    const failures = applyRules(selected.list, (rule) =>
      matchTextRule(rule, expected, actual, selected.cascaded),
    );
    return failures.map((failure) => failure + suffix);
  }
  // Like the Pact reference, in every version: parameters the expected value does not name (a
  // charset on Content-Type) are tolerated; those it names must match.
  if (PARAMETERISED_HEADERS.has(lower)) {
    return matchParameterHeader(expected, actual, name, 'header', index, singleValue);
  }
  const failure = equalText(normaliseCommas(expected), normaliseCommas(actual));
  return failure === undefined ? [] : [failure + suffix];
}
