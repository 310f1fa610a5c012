/**
 * Parsed JSON for body bytes that are compared again and again (the expected side of an
 * interaction), cached by the identity of the byte array. Bodies are treated as immutable.
 */

import { parseJson } from './json.ts';
import type { JsonParseResult } from './json-parser.ts';
import { decodeUtf8Lossy } from './utf8.ts';

const cache = new WeakMap<Uint8Array, JsonParseResult>();

/**
 * Parses JSON body bytes, once per byte array.
 *
 * @example
 * parseJsonBytesCached(expected.body.content); // the same result object on every call
 */
export function parseJsonBytesCached(bytes: Uint8Array): JsonParseResult {
  let parsed = cache.get(bytes);
  if (parsed === undefined) {
    parsed = parseJson(decodeUtf8Lossy(bytes));
    cache.set(bytes, parsed);
  }
  return parsed;
}
