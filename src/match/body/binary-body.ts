/** Binary bodies: rules at `$` (contentType, notEmpty, …) apply to the bytes, else they must be equal. */
import { type ContentType, decodeUtf8Lossy, formatContentType } from '../../core/index.ts';
import { applyRules } from '../apply-rules.ts';
import { matchBytesRule } from '../matchers/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import { selectRules } from '../rule-selection.ts';

const ROOT = ['$'];

const hex = (bytes: Uint8Array): string => Buffer.from(bytes.subarray(0, 32)).toString('hex');

/**
 * Compares binary body bytes; the content types are shown in the message when they differ.
 *
 * @example
 * matchBinaryBody(a, b, context, jpeg, jpeg); // ['Actual body [image/jpeg, 3 bytes, starting with 010203] is not equal to ...']
 */
export function matchBinaryBody(
  expected: Uint8Array,
  actual: Uint8Array,
  context: MatchingContext,
  expectedType: ContentType,
  actualType: ContentType,
): Mismatch[] {
  const shown = [decodeUtf8Lossy(expected), decodeUtf8Lossy(actual)] as const;
  const selected = selectRules(context.rules, ROOT, 1);
  if (selected !== undefined) {
    const failures = applyRules(selected.list, (rule) =>
      matchBytesRule(rule, expected, actual, selected.cascaded),
    );
    return failures.map((failure) => mismatch('body', '$', ...shown, failure));
  }
  if (Buffer.compare(expected, actual) === 0) return [];
  const message =
    `Actual body [${formatContentType(actualType)}, ${actual.length} bytes, starting with ${hex(actual)}] ` +
    `is not equal to the expected body [${formatContentType(expectedType)}, ${expected.length} bytes, starting with ${hex(expected)}]`;
  return [mismatch('body', '$', ...shown, message)];
}
