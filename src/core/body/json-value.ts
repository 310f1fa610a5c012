import { isPlainObject } from '../objects.ts';

/**
 * JSON values as the matching engine needs them: plain JS values, except that a number written with a
 * fraction or exponent but holding a whole value (`100.0`, `1e2`) is a {@link JsonFloat}, and an
 * integer beyond 2^53 is a `bigint`, so "Integer" and "Decimal" stay apart as in the Pact reference.
 */

/**
 * A decimal literal whose value is whole (`100.0`), kept apart from the integer `100`.
 *
 * @example
 * parseJson('1.0'); // { ok: true, value: JsonFloat { value: 1 } }
 */
export class JsonFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

/** A parsed JSON value. */
export type JsonValue = null | boolean | number | bigint | string | JsonFloat | JsonArray | JsonObject;
/** A JSON array. */
export type JsonArray = readonly JsonValue[];
/** A JSON object (own enumerable keys only). */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/**
 * True for a JSON object (not an array, not null, not a {@link JsonFloat}).
 *
 * @example
 * isJsonObject({ a: 1 }); // true
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return isPlainObject(value) && !(value instanceof JsonFloat);
}

/**
 * True for any JSON number, however written.
 *
 * @example
 * isJsonNumber(new JsonFloat(1)); // true
 */
export function isJsonNumber(value: unknown): value is number | bigint | JsonFloat {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof JsonFloat;
}

/**
 * True for a whole number written without a fraction or exponent (the reference's "Integer").
 *
 * @example
 * isJsonInteger(100); // true
 * isJsonInteger(new JsonFloat(100)); // false
 */
export function isJsonInteger(value: unknown): boolean {
  return typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value));
}

/**
 * True for a number with a fraction or exponent (the reference's "Decimal").
 *
 * @example
 * isJsonDecimal(1.5); // true
 */
export function isJsonDecimal(value: unknown): boolean {
  return value instanceof JsonFloat || (typeof value === 'number' && !Number.isInteger(value));
}

/**
 * The numeric value of a JSON number as a JS number.
 *
 * @example
 * jsonNumberValue(new JsonFloat(2)); // 2
 */
export function jsonNumberValue(value: number | bigint | JsonFloat): number {
  return value instanceof JsonFloat ? value.value : Number(value);
}

const keyCache = new WeakMap<object, string[]>();

/**
 * The keys of a JSON object in the order the reference visits them (sorted by UTF-16 code unit,
 * which matches byte order for the keys met in practice). Cached per object: treat the result as
 * read-only.
 *
 * @example
 * sortedKeys({ b: 1, a: 2 }); // ['a', 'b']
 */
export function sortedKeys(object: JsonObject): readonly string[] {
  let keys = keyCache.get(object);
  if (keys === undefined) {
    keys = Object.keys(object).sort();
    keyCache.set(object, keys);
  }
  return keys;
}
