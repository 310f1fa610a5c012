/**
 * A last line of defence: a comparison that throws (a bug, or data no check foresaw) becomes a
 * mismatch saying so, never an exception in the caller's mock server or verifier.
 */
import { errorMessage } from '../core/index.ts';
import { mismatch, toResult } from './mismatch.ts';
import type { MatchResult, Mismatch } from './model.ts';

/**
 * Runs a comparison and wraps its mismatches as a result.
 *
 * @example
 * guarded(() => []); // { ok: true, issues: [] }
 */
export function guarded(compare: () => readonly Mismatch[]): MatchResult {
  try {
    return toResult(compare());
  } catch (error) {
    const reason = errorMessage(error);
    return toResult([
      mismatch('body', '$', undefined, undefined, `Internal error while matching: ${reason}`),
    ]);
  }
}
