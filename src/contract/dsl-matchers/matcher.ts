/**
 * The matcher object: the "integration JSON" shape pact-js V3 matchers produce and the Pact FFI
 * reads (`{ 'pact:matcher:type': 'type', value: … }`), so matchers built by pact-js work here too,
 * and seam's matchers can be passed where pact-js's types are expected.
 */
import { isPlainObject } from '../../core/index.ts';
import type { GeneratorType } from '../../match/index.ts';

/**
 * A value with a matching rule (and optionally a generator) attached. `T` is the type of the
 * example value, which is what the pact file and the mock server's responses hold. (The walker also
 * accepts the FFI's array form, `'pact:matcher:type': [rule objects]`.)
 *
 * @example
 * const id: Matcher<number> = { 'pact:matcher:type': 'integer', value: 42 };
 */
export interface Matcher<T = unknown> {
  /** The rule name: `type`, `regex`, `integer`, … */
  readonly 'pact:matcher:type': string;
  readonly 'pact:generator:type'?: GeneratorType;
  /** The example value. */
  readonly value?: T;
  readonly [attribute: string]: unknown;
}

/**
 * An array matcher with a minimum length (`eachLike`, `atLeastLike`, `constrainedArrayLike`).
 *
 * @example
 * const tags: MinArrayMatcher<string> = eachLike('new');
 */
export interface MinArrayMatcher<T> extends Matcher<T[]> {
  readonly min: number;
  readonly max?: number;
}

/**
 * An array matcher with a maximum length (`atMostLike`).
 *
 * @example
 * const tags: MaxArrayMatcher<string> = atMostLike('new', 3);
 */
export interface MaxArrayMatcher<T> extends Matcher<T[]> {
  readonly max: number;
}

/**
 * A regular-expression matcher.
 *
 * @example
 * const sku: RegexMatcher = regex(/^SKU-\d+$/, 'SKU-1');
 */
export interface RegexMatcher extends Matcher<string> {
  readonly regex: string;
}

/**
 * A date, time or date-time matcher with its Java-style format.
 *
 * @example
 * const day: FormatMatcher = date('yyyy-MM-dd', '2024-05-01');
 */
export interface FormatMatcher extends Matcher<string> {
  readonly format: string;
}

/**
 * A value injected from the provider state at verification time.
 *
 * @example
 * const id: ProviderStateMatcher<number> = fromProviderState('${id}', 7);
 */
export interface ProviderStateMatcher<T> extends Matcher<T> {
  readonly expression: string;
}

/**
 * A matcher holding other rules (`eachKey`, `eachValue`).
 *
 * @example
 * const keys: RulesMatcher<Record<string, number>> = eachKeyMatches({ a: 1 }, regex(/^[a-z]$/, 'a'));
 */
export interface RulesMatcher<T> extends Matcher<T> {
  readonly rules: readonly Matcher[];
}

/**
 * The `arrayContains` matcher: the array holds an item matching each variant.
 *
 * @example
 * const methods: ArrayContainsMatcher = arrayContaining({ type: 'card' });
 */
export interface ArrayContainsMatcher extends Matcher<unknown[]> {
  readonly variants: readonly unknown[];
}

/**
 * True when `value` is a matcher object (has `pact:matcher:type`).
 *
 * @example
 * isMatcher(like(1)); // true
 * isMatcher({ id: 1 }); // false
 */
export function isMatcher(value: unknown): value is Matcher {
  return isPlainObject(value) && 'pact:matcher:type' in value;
}
