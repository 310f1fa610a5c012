/** The response status: `status` rules (such as `statusCode`), else equality. */
import { applyRules } from './apply-rules.ts';
import { matchStatusRule } from './matchers/index.ts';
import type { MatchingContext } from './matching-context.ts';
import { mismatch } from './mismatch.ts';
import type { Mismatch } from './model.ts';
import { selectRules } from './rule-selection.ts';

/**
 * Compares status codes.
 *
 * @example
 * compareStatuses(200, 404, context); // [{ code: 'status', message: 'expected 200 but was 404' }]
 */
export function compareStatuses(expected: number, actual: number, context: MatchingContext): Mismatch[] {
  const selected = selectRules(context.rules, [], 0);
  if (selected !== undefined) {
    const failures = applyRules(selected.list, (rule) => matchStatusRule(rule, expected, actual, false));
    return failures.map((failure) => mismatch('status', '$', expected, actual, failure));
  }
  if (expected === actual) return [];
  return [mismatch('status', '$', expected, actual, `expected ${expected} but was ${actual}`)];
}
