/** The request method (case ignored) and path (rules in category `path`, else equality). */
import { applyRules } from './apply-rules.ts';
import { equalText } from './matchers/equality.ts';
import { matchTextRule } from './matchers/index.ts';
import type { MatchingContext } from './matching-context.ts';
import { mismatch } from './mismatch.ts';
import type { Mismatch } from './model.ts';
import { selectRules } from './rule-selection.ts';

/**
 * Compares methods without case.
 *
 * @example
 * compareMethods('GET', 'post'); // [{ code: 'method', message: 'expected GET but was post' }]
 */
export function compareMethods(expected: string, actual: string): Mismatch[] {
  if (expected.toLowerCase() === actual.toLowerCase()) return [];
  return [mismatch('method', '$', expected, actual, `expected ${expected} but was ${actual}`)];
}

/**
 * Compares request paths with the `path` rules, or by equality.
 *
 * @example
 * comparePaths('/a', '/b', context); // [{ code: 'path', message: "Expected '/b' to be equal to '/a'" }]
 */
export function comparePaths(expected: string, actual: string, context: MatchingContext): Mismatch[] {
  const selected = selectRules(context.rules, [], 0);
  const failures = selected
    ? applyRules(selected.list, (rule) => matchTextRule(rule, expected, actual, false))
    : [equalText(expected, actual)].filter((failure) => failure !== undefined);
  return failures.map((failure) => mismatch('path', '$', expected, actual, failure));
}
