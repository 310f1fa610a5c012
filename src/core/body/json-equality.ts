/**
 * Deep equality of JSON values as serde_json defines it: object key order does not matter, and an
 * integer never equals a decimal (`1` ≠ `1.0`). Iterative, so depth is not limited by the call stack.
 */
import { isJsonObject, JsonFloat, type JsonValue } from './json-value.ts';

/**
 * True when the two values are the same JSON.
 *
 * @example
 * jsonEquals({ a: [1, 2] }, { a: [1, 2] }); // true
 * jsonEquals(1, new JsonFloat(1)); // false
 */
export function jsonEquals(left: JsonValue, right: JsonValue): boolean {
  if (left === right) return true;
  const stack: JsonValue[] = [left, right];
  while (stack.length > 0) {
    const b = stack.pop() as JsonValue;
    const a = stack.pop() as JsonValue;
    if (!shallowEquals(a, b, stack)) return false;
  }
  return true;
}

function shallowEquals(a: JsonValue, b: JsonValue, stack: JsonValue[]): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && pushArrays(a, b, stack);
  if (isJsonObject(a)) return isJsonObject(b) && pushObjects(a, b, stack);
  if (a instanceof JsonFloat) return b instanceof JsonFloat && a.value === b.value;
  return false;
}

function pushArrays(a: readonly JsonValue[], b: readonly JsonValue[], stack: JsonValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) stack.push(a[i] as JsonValue, b[i] as JsonValue);
  return true;
}

function pushObjects(
  a: Readonly<Record<string, JsonValue>>,
  b: Readonly<Record<string, JsonValue>>,
  stack: JsonValue[],
): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    stack.push(a[key] as JsonValue, b[key] as JsonValue);
  }
  return true;
}
