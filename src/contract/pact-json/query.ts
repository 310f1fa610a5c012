/**
 * Query strings and query maps in pact files: a string in V1/V2, a map of name → string[] in V3/V4.
 */
import { decodeFormComponent, isPlainObject, parseFormPairs } from '../../core/index.ts';
import type { Query } from '../../match/index.ts';
import { jsonToString, setOwn } from '../json/untyped-json.ts';

/**
 * Parses a query string into a map, decoding `+` and `%XX`; repeated names keep their order, a
 * name with no `=` has the value `''`. Undecodable escapes are kept as written.
 *
 * @example
 * parseQueryString('a=1&b=x+y&a=2&c'); // { a: ['1', '2'], b: ['x y'], c: [''] }
 */
export function parseQueryString(text: string): Query {
  const query: Record<string, string[]> = {};
  for (const [name, value = ''] of parseFormPairs(text)) {
    if (Object.hasOwn(query, name)) query[name]?.push(value);
    else setOwn(query, name, [value]);
  }
  return query;
}

/**
 * Decodes one query component: `+` is a space, `%XX` a byte; the bytes are read as UTF-8. Text
 * that does not decode is returned as written.
 *
 * @example
 * decodeQueryComponent('a%20b+c'); // 'a b c'
 */
export const decodeQueryComponent: (text: string) => string = decodeFormComponent;

/**
 * Reads a V3/V4 `query` field: a map whose values are strings (one value) or arrays (`null`
 * items read as `''`); a string is parsed as a query string. Other shapes → undefined.
 *
 * @example
 * readQueryMap({ q: 'x', r: ['1', '2'] }); // { q: ['x'], r: ['1', '2'] }
 */
export function readQueryMap(json: unknown): Query | undefined {
  if (typeof json === 'string') return parseQueryString(json);
  if (!isPlainObject(json)) return undefined;
  const query: Record<string, readonly string[]> = {};
  for (const [name, value] of Object.entries(json)) {
    if (typeof value === 'string') setOwn(query, name, [value]);
    else if (Array.isArray(value)) setOwn(query, name, value.map(jsonToString));
    else setOwn(query, name, []);
  }
  return query;
}

/**
 * Writes a query map for a V3/V4 file: every value as an array.
 *
 * @example
 * writeQueryMap({ q: ['x'] }); // { q: ['x'] }
 */
export function writeQueryMap(query: Query): Record<string, string[]> {
  const json: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(query)) setOwn(json, name, [...values]);
  return json;
}
