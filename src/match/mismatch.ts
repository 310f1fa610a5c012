/** Building mismatches and results. */
import type { MatchResult, Mismatch, MismatchCode } from './model.ts';

/**
 * A mismatch value.
 *
 * @example
 * mismatch('body', '$.a', '1', '2', 'Expected 2 (Integer) to be equal to 1 (Integer)');
 */
export function mismatch(
  code: MismatchCode,
  path: string,
  expected: unknown,
  actual: unknown,
  message: string,
): Mismatch {
  return { code, path, expected, actual, message };
}

/**
 * A result from a list of mismatches.
 *
 * @example
 * toResult([]); // { ok: true, issues: [] }
 */
export function toResult(issues: readonly Mismatch[]): MatchResult {
  return { ok: issues.length === 0, issues };
}

/**
 * Appends items in place without spreading them as call arguments (which overflows for very large
 * lists).
 *
 * @example
 * appendAll(issues, more);
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
