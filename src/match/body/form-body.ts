/** `application/x-www-form-urlencoded` bodies, compared like query parameters (paths `$.name`). */
import { decodeUtf8Lossy, groupFormPairs, parseFormPairs } from '../../core/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import { matchQueryMaps } from '../query.ts';

/**
 * Compares form bodies.
 *
 * @example
 * matchFormBody(encodeUtf8('a=b'), encodeUtf8('a=c'), context);
 * // [{ path: '$.a', message: "Expected form post parameter 'a' with value 'b' but was 'c'" }]
 */
export function matchFormBody(
  expected: Uint8Array,
  actual: Uint8Array,
  context: MatchingContext,
): Mismatch[] {
  const expectedForm = groupFormPairs(parseFormPairs(decodeUtf8Lossy(expected)));
  const actualForm = groupFormPairs(parseFormPairs(decodeUtf8Lossy(actual)));
  return matchQueryMaps(expectedForm, actualForm, context).map((issue) =>
    mismatch(
      'body',
      `$.${issue.path}`,
      issue.expected,
      issue.actual,
      issue.message.replaceAll('query parameter', 'form post parameter'),
    ),
  );
}
