/** Parsing the expected and actual bodies, reporting whichever does not parse the reference's way. */
import { decodeUtf8Lossy } from '../../core/index.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/**
 * Both parsed values, or the parse mismatches.
 *
 * @example
 * parseBoth(e, a, (bytes) => parseJson(decodeUtf8Lossy(bytes))); // { values: [..., ...] } or { issues: [...] }
 */
export function parseBoth<T>(
  expected: Uint8Array,
  actual: Uint8Array,
  parse: (bytes: Uint8Array, side: 'expected' | 'actual') => Parsed<T>,
): { readonly values: readonly [T, T] } | { readonly issues: Mismatch[] } {
  const expectedResult = parse(expected, 'expected');
  const actualResult = parse(actual, 'actual');
  if (expectedResult.ok && actualResult.ok) return { values: [expectedResult.value, actualResult.value] };
  const shown = [decodeUtf8Lossy(expected), decodeUtf8Lossy(actual)] as const;
  const issues: Mismatch[] = [];
  if (!expectedResult.ok) {
    issues.push(
      mismatch('body', '$', ...shown, `Failed to parse the expected body: '${expectedResult.error}'`),
    );
  }
  if (!actualResult.ok) {
    issues.push(mismatch('body', '$', ...shown, `Failed to parse the actual body: '${actualResult.error}'`));
  }
  return { issues };
}
