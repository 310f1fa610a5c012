/**
 * V1 query strings, which the pact-specification V1 test cases compare as written: parameters in
 * order, a trailing `&` significant, only percent-encoding and `+` decoded.
 */
import { decodeFormComponent } from '../core/index.ts';
import { mismatch } from './mismatch.ts';
import type { Mismatch } from './model.ts';

function pieces(query: string): string[] {
  if (query === '') return [];
  return query.split('&').map((piece) => {
    const eq = piece.indexOf('=');
    if (eq < 0) return decodeFormComponent(piece);
    return `${decodeFormComponent(piece.slice(0, eq))}=${decodeFormComponent(piece.slice(eq + 1))}`;
  });
}

/**
 * Compares two V1 query strings.
 *
 * @example
 * matchQueryStringV1('a=1&b=2', 'b=2&a=1'); // [{ code: 'query', message: "Expected query string 'a=1&b=2' but received 'b=2&a=1'" }]
 */
export function matchQueryStringV1(expected: string, actual: string): Mismatch[] {
  const expectedPieces = pieces(expected);
  const actualPieces = pieces(actual);
  const same =
    expectedPieces.length === actualPieces.length &&
    expectedPieces.every((piece, i) => piece === actualPieces[i]);
  if (same) return [];
  return [
    mismatch('query', '$', expected, actual, `Expected query string '${expected}' but received '${actual}'`),
  ];
}
