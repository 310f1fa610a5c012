/** Single-value matchers: `equal`, `includes`, `nullValue`, `notEmpty`, `semver`, `contentType`. */
import type { Matcher } from './matcher.ts';

/**
 * Exactly the example (resets the cascading of an outer type matcher).
 *
 * @example
 * equal('PAID'); // { 'pact:matcher:type': 'equality', value: 'PAID' }
 */
export function equal<T>(example: T): Matcher<T> {
  return { 'pact:matcher:type': 'equality', value: example };
}

/**
 * A string that contains `value`; the example is `value` itself.
 *
 * @example
 * includes('order'); // { 'pact:matcher:type': 'include', value: 'order' }
 */
export function includes(value: string): Matcher<string> {
  return { 'pact:matcher:type': 'include', value };
}

/**
 * JSON null (for other content types: the value is absent).
 *
 * @example
 * nullValue(); // { 'pact:matcher:type': 'null', value: null }
 */
export function nullValue(): Matcher<null> {
  return { 'pact:matcher:type': 'null', value: null };
}

/**
 * A value of the example's type that is not empty (no empty string, array or object).
 *
 * @example
 * notEmpty(['a']); // { 'pact:matcher:type': 'notEmpty', value: ['a'] }
 */
export function notEmpty<T>(example: T): Matcher<T> {
  return { 'pact:matcher:type': 'notEmpty', value: example };
}

/**
 * A semantic version (`1.2.3`, `2.0.0-rc.1`).
 *
 * @example
 * semver('1.4.0'); // { 'pact:matcher:type': 'semver', value: '1.4.0' }
 */
export function semver(example: string): Matcher<string> {
  return { 'pact:matcher:type': 'semver', value: example };
}

/**
 * Content (a body, a multipart part) of the given content type, recognised by its bytes.
 *
 * @example
 * contentType('image/png'); // { 'pact:matcher:type': 'contentType', value: 'image/png' }
 */
export function contentType(value: string): Matcher<string> {
  return { 'pact:matcher:type': 'contentType', value };
}
