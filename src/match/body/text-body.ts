/** Plain-text bodies: rules at `$` apply to the whole text, else the bytes must be equal. */
import { decodeUtf8, decodeUtf8Lossy } from '../../core/index.ts';
import { applyRules } from '../apply-rules.ts';
import { matchTextRule } from '../matchers/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import { selectRules } from '../rule-selection.ts';

const ROOT = ['$'];

/**
 * Compares text body bytes.
 *
 * @example
 * matchTextBody(encodeUtf8('a'), encodeUtf8('b'), context);
 * // [{ path: '$', message: "Expected body 'a' to match 'b' using equality but did not match" }]
 */
export function matchTextBody(
  expected: Uint8Array,
  actual: Uint8Array,
  context: MatchingContext,
): Mismatch[] {
  const selected = selectRules(context.rules, ROOT, 1);
  if (selected === undefined) {
    if (Buffer.compare(expected, actual) === 0) return [];
    const shownExpected = decodeUtf8Lossy(expected);
    const shownActual = decodeUtf8Lossy(actual);
    const message = `Expected body '${shownExpected}' to match '${shownActual}' using equality but did not match`;
    return [mismatch('body', '$', shownExpected, shownActual, message)];
  }
  const expectedText = decodeUtf8(expected);
  const actualText = decodeUtf8(actual);
  const failures: string[] = [];
  for (const [side, text] of [
    ['expected', expectedText],
    ['actual', actualText],
  ] as const) {
    if (text === undefined)
      failures.push(`Could not parse ${side} value as UTF-8 text: invalid utf-8 sequence`);
  }
  failures.push(
    ...applyRules(selected.list, (rule) =>
      matchTextRule(rule, expectedText ?? '', actualText ?? '', selected.cascaded),
    ),
  );
  if (failures.length === 0) return [];
  const shownExpected = decodeUtf8Lossy(expected);
  const shownActual = decodeUtf8Lossy(actual);
  return failures.map((failure) => mismatch('body', '$', shownExpected, shownActual, failure));
}
