/** JSON bodies: parse both sides (reporting either that does not parse), then walk them. */
import { decodeUtf8Lossy, type JsonValue, parseJson, parseJsonBytesCached } from '../../core/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import type { Mismatch } from '../model.ts';
import { compareJson } from './json-walker.ts';
import { parseBoth } from './parse-both.ts';

/**
 * Compares JSON body bytes. The expected side is parsed once per byte array (it is matched again
 * and again); the actual side every time.
 *
 * @example
 * matchJsonBody(encodeUtf8('{"a":1}'), encodeUtf8('{"a":2}'), context); // [{ path: '$.a', ... }]
 */
export function matchJsonBody(
  expected: Uint8Array,
  actual: Uint8Array,
  context: MatchingContext,
): Mismatch[] {
  const parsed = parseBoth<JsonValue>(expected, actual, (bytes, side) =>
    side === 'expected' ? parseJsonBytesCached(bytes) : parseJson(decodeUtf8Lossy(bytes)),
  );
  if ('issues' in parsed) return parsed.issues;
  return compareJson(context, ...parsed.values);
}
