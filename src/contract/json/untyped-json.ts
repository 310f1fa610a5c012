import { isPlainObject, setOwn } from '../../core/index.ts';
import { stringifyJson } from './json-text.ts';

/**
 * Small helpers for walking untyped JSON the way the Rust reference does: lenient on scalars,
 * explicit about what a value is when it is wrong.
 */

/**
 * A JSON object as read from a file, its values not yet checked (core's `JsonObject` is the
 * parsed body value, whose values are `JsonValue`s).
 */
export type JsonRecord = Record<string, unknown>;

/**
 * Names the JSON type of a value for messages: `string`, `number`, `boolean`, `null`, `array`,
 * `object` (or `missing` for undefined).
 *
 * @example
 * jsonTypeName([]); // 'array'
 */
export function jsonTypeName(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A short rendering of a value for messages: `42 (number)`, `"GET" (string)`, `an array`.
 *
 * @example
 * describeValue(42); // '42 (number)'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (isPlainObject(value)) return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  const clipped = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `${clipped} (${jsonTypeName(value)})`;
}

/**
 * A JSON value as a string: strings as they are, null as `''`, anything else as compact JSON
 * (Rust `json_to_string`).
 *
 * @example
 * jsonToString(100); // '100'
 */
export function jsonToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return stringifyJson(value);
}

/**
 * A JSON value as a non-negative integer, or undefined: integers ≥ 0, other numbers truncated
 * (never below 0), and strings of digits (Rust `json_to_num`).
 *
 * @example
 * jsonToCount('5'); // 5
 * jsonToCount(-1); // undefined
 */
export function jsonToCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (Number.isInteger(value)) return value >= 0 ? value : undefined;
    return Math.max(0, Math.trunc(value));
  }
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number.parseInt(value, 10);
  return undefined;
}

/** Core's {@link setOwn}, re-exported for the pact readers. */
export { setOwn };
