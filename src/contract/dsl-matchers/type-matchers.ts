/** Matchers by type: `like`, the array-length family (`eachLike`, `atLeastLike`, …), `string`, `boolean`. */
import { SeamError } from '../../core/index.ts';
import type { Matcher, MaxArrayMatcher, MinArrayMatcher } from './matcher.ts';

/**
 * Bounds for {@link eachLike}: at least `min` items (default 1), at most `max`.
 *
 * @example
 * eachLike('tag', { min: 1, max: 5 } satisfies EachLikeOptions);
 */
export interface EachLikeOptions {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Any value of the same type as the example (objects: the same keys, each by type).
 *
 * @example
 * like({ id: 10, name: 'Ada' }); // { 'pact:matcher:type': 'type', value: { id: 10, name: 'Ada' } }
 */
export function like<T>(example: T): Matcher<T> {
  return { 'pact:matcher:type': 'type', value: example };
}

/**
 * An array whose items all match the example by type; `min` defaults to 1. The pact holds `min`
 * copies of the example (at least one).
 *
 * @example
 * eachLike({ sku: 'A-1' }); // { 'pact:matcher:type': 'type', min: 1, value: [{ sku: 'A-1' }] }
 * eachLike('tag', { min: 2, max: 5 });
 * eachLike('tag', 2); // pact-js style: the minimum
 */
export function eachLike<T>(example: T, bounds: number | EachLikeOptions = {}): MinArrayMatcher<T> {
  const { min = 1, max } = typeof bounds === 'number' ? { min: bounds } : bounds;
  checkBounds('eachLike', min, max);
  const value = copies(example, Math.max(min, 1));
  return max === undefined
    ? { min, 'pact:matcher:type': 'type', value }
    : { min, max, 'pact:matcher:type': 'type', value };
}

/**
 * An array with at least one item, each matching the example by type.
 *
 * @example
 * atLeastOneLike({ sku: 'A-1' }); // { min: 1, 'pact:matcher:type': 'type', value: [{ sku: 'A-1' }] }
 */
export function atLeastOneLike<T>(example: T, count = 1): MinArrayMatcher<T> {
  checkCount('atLeastOneLike', count, 1, undefined);
  return { min: 1, 'pact:matcher:type': 'type', value: copies(example, count) };
}

/**
 * An array with at least `min` items, each matching the example by type (`count` examples, default `min`).
 *
 * @example
 * atLeastLike('x', 2); // { min: 2, 'pact:matcher:type': 'type', value: ['x', 'x'] }
 */
export function atLeastLike<T>(example: T, min: number, count = min): MinArrayMatcher<T> {
  checkCount('atLeastLike', count, min, undefined);
  return { min, 'pact:matcher:type': 'type', value: copies(example, count) };
}

/**
 * An array with at most `max` items, each matching the example by type (`count` examples, default 1).
 *
 * @example
 * atMostLike('x', 3); // { max: 3, 'pact:matcher:type': 'type', value: ['x'] }
 */
export function atMostLike<T>(example: T, max: number, count = 1): MaxArrayMatcher<T> {
  checkCount('atMostLike', count, 0, max);
  return { max, 'pact:matcher:type': 'type', value: copies(example, count) };
}

/**
 * An array with `min` to `max` items, each matching the example by type (`count` examples, default `min`).
 *
 * @example
 * constrainedArrayLike('x', 1, 3); // { min: 1, max: 3, 'pact:matcher:type': 'type', value: ['x'] }
 */
export function constrainedArrayLike<T>(
  example: T,
  min: number,
  max: number,
  count = min,
): MinArrayMatcher<T> {
  checkBounds('constrainedArrayLike', min, max);
  checkCount('constrainedArrayLike', count, min, max);
  return { min, max, 'pact:matcher:type': 'type', value: copies(example, count) };
}

/**
 * Any string (the example defaults to `'some string'`, as in pact-js).
 *
 * @example
 * string('Ada'); // { 'pact:matcher:type': 'type', value: 'Ada' }
 */
export function string(example = 'some string'): Matcher<string> {
  return { 'pact:matcher:type': 'type', value: example };
}

/**
 * Any boolean (matched by type, as pact-js does; the example defaults to `true`).
 *
 * @example
 * boolean(false); // { 'pact:matcher:type': 'type', value: false }
 */
export function boolean(example = true): Matcher<boolean> {
  return { 'pact:matcher:type': 'type', value: example };
}

/**
 * A map whose values all match the template, whatever the keys (deprecated in pact-js in favour of
 * {@link eachValueMatches}, kept for files and tests written with it).
 *
 * @example
 * eachKeyLike('AUK-1', { title: 'x' }); // { 'pact:matcher:type': 'values', value: { 'AUK-1': { title: 'x' } } }
 */
export function eachKeyLike<T>(exampleKey: string, template: T): Matcher<Record<string, T>> {
  return { 'pact:matcher:type': 'values', value: { [exampleKey]: template } };
}

function copies<T>(example: T, count: number): T[] {
  return Array.from({ length: count }, () => example);
}

function checkBounds(name: string, min: number, max: number | undefined): void {
  if (!Number.isInteger(min) || min < 0) throw usage(`${name}: min must be a whole number ≥ 0, got ${min}`);
  if (max !== undefined && (!Number.isInteger(max) || max < Math.max(min, 1)))
    throw usage(`${name}: max must be a whole number ≥ min (${min}) and ≥ 1, got ${max}`);
}

function checkCount(name: string, count: number, min: number, max: number | undefined): void {
  if (!Number.isInteger(count) || count < 1)
    throw usage(`${name}: the number of examples must be a whole number ≥ 1, got ${count}`);
  if (count < min)
    throw usage(`${name}: ${count} examples requested but the minimum is ${min}; raise the count`);
  if (max !== undefined && count > max)
    throw usage(`${name}: ${count} examples requested but the maximum is ${max}; lower the count`);
}

function usage(message: string): SeamError {
  return new SeamError('usage', message);
}
