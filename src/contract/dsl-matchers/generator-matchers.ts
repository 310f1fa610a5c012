/**
 * Generator helpers: matchers whose value is regenerated (in the mock server's responses and in
 * the provider verification's requests) instead of replaying the example.
 */
import type { Matcher } from './matcher.ts';

/**
 * A random integer in [min, max] (an `integer` rule).
 *
 * @example
 * randomInt(1, 100); // { 'pact:matcher:type': 'integer', 'pact:generator:type': 'RandomInt', min: 1, max: 100, value: 1 }
 */
export function randomInt(min = 0, max = 10, example = min): Matcher<number> {
  return { 'pact:matcher:type': 'integer', 'pact:generator:type': 'RandomInt', min, max, value: example };
}

/**
 * A random decimal with `digits` digits (a `decimal` rule).
 *
 * @example
 * randomDecimal(4); // value 12.34, RandomDecimal generator with 4 digits
 */
export function randomDecimal(digits = 10, example = 12.34): Matcher<number> {
  return { 'pact:matcher:type': 'decimal', 'pact:generator:type': 'RandomDecimal', digits, value: example };
}

/**
 * A random hexadecimal string of `digits` digits.
 *
 * @example
 * randomHexadecimal(8, '00ff00ff');
 */
export function randomHexadecimal(digits = 10, example = '0123456789'.slice(0, digits)): Matcher<string> {
  return {
    'pact:matcher:type': 'regex',
    'pact:generator:type': 'RandomHexadecimal',
    regex: '^[0-9a-fA-F]+$',
    digits,
    value: example,
  };
}

/**
 * A random string of `size` characters (a `type` rule).
 *
 * @example
 * randomString(12, 'some string!');
 */
export function randomString(size = 10, example = 'x'.repeat(size)): Matcher<string> {
  return { 'pact:matcher:type': 'type', 'pact:generator:type': 'RandomString', size, value: example };
}

/**
 * A random boolean (a `boolean` rule).
 *
 * @example
 * randomBoolean(); // { 'pact:matcher:type': 'boolean', 'pact:generator:type': 'RandomBoolean', value: true }
 */
export function randomBoolean(example = true): Matcher<boolean> {
  return { 'pact:matcher:type': 'boolean', 'pact:generator:type': 'RandomBoolean', value: example };
}

/**
 * A string generated from the regular expression (a `regex` rule with a `Regex` generator).
 *
 * @example
 * fromRegex('^ORD-\\d{4}$', 'ORD-1042');
 */
export function fromRegex(pattern: string, example: string): Matcher<string> {
  return { 'pact:matcher:type': 'regex', 'pact:generator:type': 'Regex', regex: pattern, value: example };
}

/**
 * A date-time generated from an expression (`now + 1 day`, `tomorrow @ 10 o'clock`), in `format`.
 *
 * @example
 * dateTimeExpression('now + 1 day', "yyyy-MM-dd'T'HH:mm:ss", '2024-05-02T10:00:00');
 */
export function dateTimeExpression(expression: string, format: string, example: string): Matcher<string> {
  return {
    'pact:matcher:type': 'timestamp',
    'pact:generator:type': 'DateTime',
    format,
    expression,
    value: example,
  };
}
