/** JSON bodies: parse both sides (reporting either that does not parse), then walk them. */
import { decodeUtf8Lossy, parseJson, parseJsonBytesCached } from '../../core/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import { compareJson } from './json-walker.ts';

/**
 * Compares JSON body bytes.
 *
 * @example
 * matchJsonBody(encodeUtf8('{"a":1}'), encodeUtf8('{"a":2}'), context); // [{ path: '$.a', ... }]
 */
export function matchJsonBody(
  expected: Uint8Array,
  actual: Uint8Array,
  context: MatchingContext,
): Mismatch[] {
  const expectedText = decodeUtf8Lossy(expected);
  const actualText = decodeUtf8Lossy(actual);
  const expectedJson = parseJsonBytesCached(expected);
  const actualJson = parseJson(actualText);
  const issues: Mismatch[] = [];
  if (!expectedJson.ok) {
    issues.push(
      mismatch(
        'body',
        '$',
        expectedText,
        actualText,
        `Failed to parse the expected body: '${expectedJson.error}'`,
      ),
    );
  }
  if (!actualJson.ok) {
    issues.push(
      mismatch(
        'body',
        '$',
        expectedText,
        actualText,
        `Failed to parse the actual body: '${actualJson.error}'`,
      ),
    );
  }
  if (!expectedJson.ok || !actualJson.ok) return issues;
  return compareJson(context, expectedJson.value, actualJson.value);
}
