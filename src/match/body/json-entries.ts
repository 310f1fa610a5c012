/**
 * The entries of an expected JSON object in key order, paired with the actual object's values under
 * the same keys. Looking values up key by key is slow on large objects (every key is a new property
 * name for the engine's caches), so when the actual object has exactly the expected keys in the
 * expected object's own order (the usual case: one serializer), its values are read in one go.
 */
import { type JsonObject, type JsonValue, sortedKeys } from '../../core/index.ts';

/** The expected entries in key order; `actual[i]` is the actual value at `keys[i]`, or undefined. */
export interface MapEntries {
  readonly keys: readonly string[];
  readonly expected: readonly JsonValue[];
  readonly actual: readonly (JsonValue | undefined)[];
  /** The actual object's keys in its own order (a fresh array the caller may sort). */
  readonly actualKeys: string[];
  /** How many expected keys the actual object lacks. */
  readonly missing: number;
}

/** An expected object's keys in its own order, and where each key in sorted order sits in it. */
interface ExpectedShape {
  readonly ownKeys: readonly string[];
  readonly ownIndex: readonly number[];
  readonly values: readonly JsonValue[];
}

const shapes = new WeakMap<JsonObject, ExpectedShape>();

function shapeOf(expected: JsonObject): ExpectedShape {
  let shape = shapes.get(expected);
  if (shape === undefined) {
    const ownKeys = Object.keys(expected);
    const position = new Map(ownKeys.map((key, index) => [key, index]));
    const keys = sortedKeys(expected);
    const ownIndex = keys.map((key) => position.get(key) as number);
    shape = { ownKeys, ownIndex, values: keys.map((key) => expected[key] as JsonValue) };
    shapes.set(expected, shape);
  }
  return shape;
}

/**
 * Pairs the entries of two objects by key. The expected object is treated as immutable (its shape
 * is cached).
 *
 * @example
 * mapEntries({ b: 1, a: 2 }, { a: 3 }); // { keys: ['a', 'b'], expected: [2, 1], actual: [3, undefined], missing: 1, ... }
 */
export function mapEntries(expected: JsonObject, actual: JsonObject): MapEntries {
  const shape = shapeOf(expected);
  const keys = sortedKeys(expected);
  const actualKeys = Object.keys(actual);
  if (sameOrder(shape.ownKeys, actualKeys)) {
    const values = Object.values(actual);
    const aligned = shape.ownIndex.map((index) => values[index]);
    return { keys, expected: shape.values, actual: aligned, actualKeys, missing: 0 };
  }
  let missing = 0;
  const aligned = keys.map((key) => {
    if (Object.hasOwn(actual, key)) return actual[key];
    missing++;
    return undefined;
  });
  return { keys, expected: shape.values, actual: aligned, actualKeys, missing };
}

function sameOrder(expected: readonly string[], actual: readonly string[]): boolean {
  if (expected.length !== actual.length) return false;
  for (let i = 0; i < expected.length; i++) if (expected[i] !== actual[i]) return false;
  return true;
}
