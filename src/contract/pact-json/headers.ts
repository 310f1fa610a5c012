/**
 * Headers (and the like) in pact files: a map of name → string (V1–V3, comma-joined) or
 * name → string[] (V4). Values are stored as given; the matching engine splits them itself.
 */
import { isPlainObject } from '../../core/index.ts';
import type { Headers } from '../../match/index.ts';
import { jsonToString, setOwn } from '../json/untyped-json.ts';

/**
 * Reads a `headers` field: a string value becomes a one-element array, an array stays an array
 * (non-string items serialised), anything else is serialised. Not an object → undefined.
 *
 * @example
 * readHeaders({ Accept: 'text/plain, application/json' }); // { Accept: ['text/plain, application/json'] }
 * readHeaders({ 'X-A': ['1', '2'] }); // { 'X-A': ['1', '2'] }
 */
export function readHeaders(json: unknown): Headers | undefined {
  if (!isPlainObject(json)) return undefined;
  const headers: Record<string, readonly string[]> = {};
  for (const [name, value] of Object.entries(json)) {
    setOwn(headers, name, Array.isArray(value) ? value.map(jsonToString) : [jsonToString(value)]);
  }
  return headers;
}

/**
 * Writes headers for a V3 file: one value as a string, several as an array (the V3 schema accepts
 * both, and an array keeps values that contain commas apart).
 *
 * @example
 * writeHeadersV3({ A: ['1'], B: ['x', 'y'] }); // { A: '1', B: ['x', 'y'] }
 */
export function writeHeadersV3(headers: Headers): Record<string, string | string[]> {
  const json: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(headers)) {
    setOwn(json, name, values.length === 1 ? (values[0] ?? '') : [...values]);
  }
  return json;
}

/**
 * Writes headers for a V4 file: every value as an array.
 *
 * @example
 * writeHeadersV4({ A: ['1'] }); // { A: ['1'] }
 */
export function writeHeadersV4(headers: Headers): Record<string, string[]> {
  const json: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers)) setOwn(json, name, [...values]);
  return json;
}
