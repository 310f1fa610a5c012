/**
 * How values appear in mismatch messages, following the Pact reference: `'text'` for strings, plain
 * JSON otherwise, the value's type in brackets (`(String)`, `(Integer)`, `(Decimal)`, `(Array)`…).
 */
import {
  formatJsonNumber,
  isJsonDecimal,
  isJsonNumber,
  isJsonObject,
  type JsonValue,
  stringifyJson,
} from '../core/index.ts';

/**
 * The type name the reference prints for a JSON value.
 *
 * @example
 * typeOfJson(1.5); // 'Decimal'
 */
export function typeOfJson(value: JsonValue): string {
  if (value === null) return 'Null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Array';
  if (isJsonNumber(value)) return isJsonDecimal(value) ? 'Decimal' : 'Integer';
  return 'Object';
}

/**
 * A JSON value as the reference shows it: strings quoted with `'`, everything else as JSON.
 *
 * @example
 * valueOfJson('b'); // "'b'"
 * valueOfJson([1]); // '[1]'
 */
export function valueOfJson(value: JsonValue): string {
  if (typeof value === 'string') return `'${value}'`;
  return stringifyJson(value);
}

/**
 * `value (Type)`, the typed form used by JSON matchers.
 *
 * @example
 * typedJson('c'); // "'c' (String)"
 */
export function typedJson(value: JsonValue): string {
  return `${valueOfJson(value)} (${typeOfJson(value)})`;
}

/**
 * A JSON value as text: a string as it is, anything else as JSON.
 *
 * @example
 * jsonText('a'); // 'a'
 * jsonText(true); // 'true'
 */
export function jsonText(value: JsonValue): string {
  return typeof value === 'string' ? value : stringifyJson(value);
}

/**
 * A list as the reference's `display` helper prints it: `[1, 2, "a"]`.
 *
 * @example
 * displayList([1, 2, 3]); // '[1, 2, 3]'
 */
export function displayList(items: readonly JsonValue[]): string {
  return `[${items.map((item) => stringifyJson(item)).join(', ')}]`;
}

/**
 * A list as a JSON array of each item's display text (the reference's `for_mismatch`).
 *
 * @example
 * listForMismatch([1, 'a']); // '["1","\\"a\\""]'
 */
export function listForMismatch(items: readonly (JsonValue | string)[]): string {
  return JSON.stringify(items.map((item) => (typeof item === 'string' ? item : stringifyJson(item))));
}

/**
 * A JSON value in Rust `Debug` form, as the reference prints maps in some messages:
 * `{"a": String("x"), "b": Number(1)}` for an object's entries.
 *
 * @example
 * debugJson('x'); // 'String("x")'
 */
export function debugJson(value: JsonValue): string {
  if (value === null) return 'Null';
  if (typeof value === 'string') return `String(${JSON.stringify(value)})`;
  if (typeof value === 'boolean') return `Bool(${value})`;
  if (isJsonNumber(value)) return `Number(${formatJsonNumber(value)})`;
  if (Array.isArray(value)) return `Array ${stringifyJson(value)}`;
  return `Object ${isJsonObject(value) ? debugMap(value) : ''}`;
}

/**
 * An object's entries in Rust `Debug` form, keys sorted.
 *
 * @example
 * debugMap({ b: 1, a: 'x' }); // '{"a": String("x"), "b": Number(1)}'
 */
export function debugMap(object: Readonly<Record<string, JsonValue>>): string {
  const keys = Object.keys(object).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}: ${shallowDebug(object[key] as JsonValue)}`).join(', ')}}`;
}

function shallowDebug(value: JsonValue): string {
  if (Array.isArray(value) || isJsonObject(value))
    return `${Array.isArray(value) ? 'Array' : 'Object'} ${stringifyJson(value)}`;
  return debugJson(value);
}

/**
 * String pairs in Rust `Debug` form: `{"a": "b"}`.
 *
 * @example
 * debugStringMap(new Map([['a', 'b']])); // '{"a": "b"}'
 */
export function debugStringMap(map: ReadonlyMap<string, string>): string {
  return `{${[...map].map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}}`;
}
