/** Number matchers: `integer`, `decimal`, `number`. Without an example, a generator supplies one. */
import { SeamError } from '../../core/index.ts';
import type { Matcher } from './matcher.ts';

/**
 * An integer. Without an example, the pact holds 101 and a `RandomInt` generator.
 *
 * @example
 * integer(42); // { 'pact:matcher:type': 'integer', value: 42 }
 * integer(); // { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'integer', value: 101 }
 */
export function integer(example?: number): Matcher<number> {
  if (example === undefined)
    return { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'integer', value: 101 };
  if (!Number.isInteger(example)) throw notA('integer', example, 'an integer');
  return { 'pact:matcher:type': 'integer', value: example };
}

/**
 * A number with a fractional part. Without an example, the pact holds 12.34 and a `RandomDecimal` generator.
 *
 * @example
 * decimal(9.99); // { 'pact:matcher:type': 'decimal', value: 9.99 }
 */
export function decimal(example?: number): Matcher<number> {
  if (example === undefined)
    return { 'pact:generator:type': 'RandomDecimal', 'pact:matcher:type': 'decimal', value: 12.34 };
  if (!Number.isFinite(example)) throw notA('decimal', example, 'a finite number');
  return { 'pact:matcher:type': 'decimal', value: example };
}

/**
 * Any number. Without an example, the pact holds 1234 and a `RandomInt` generator.
 *
 * @example
 * number(3); // { 'pact:matcher:type': 'number', value: 3 }
 */
export function number(example?: number): Matcher<number> {
  if (example === undefined)
    return { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'number', value: 1234 };
  if (!Number.isFinite(example)) throw notA('number', example, 'a finite number');
  return { 'pact:matcher:type': 'number', value: example };
}

function notA(name: string, example: unknown, what: string): SeamError {
  return new SeamError('usage', `${name}(${String(example)}): the example must be ${what}`);
}
