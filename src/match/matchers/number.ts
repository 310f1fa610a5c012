/**
 * The `number`, `integer` and `decimal` rules. JSON values must have the type; text values (query
 * parameters, headers, paths) may be numbers written as text, as the reference coerces them.
 */
import { isJsonDecimal, isJsonInteger, isJsonNumber, type JsonValue } from '../../core/index.ts';
import { typedJson } from '../mismatch-messages.ts';
import { matches, type RuleMatcher, type Verdict } from './rule-matcher.ts';

type NumberRule = { readonly match: 'number' | 'integer' | 'decimal' };

const FLOAT_TEXT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$|^[+-]?(?:inf|infinity|nan)$/i;
const U64_TEXT = /^\+?[0-9]+$/;

/**
 * True when the text parses as a Rust `f64`.
 *
 * @example
 * isFloatText('100.2'); // true
 */
export function isFloatText(text: string): boolean {
  return FLOAT_TEXT.test(text);
}

/**
 * True when the text parses as a Rust `u64`.
 *
 * @example
 * isUnsignedText('100'); // true
 * isUnsignedText('-1'); // false
 */
export function isUnsignedText(text: string): boolean {
  return U64_TEXT.test(text) && BigInt(text) <= 18446744073709551615n;
}

function text(rule: NumberRule, actual: string): Verdict {
  if (rule.match === 'integer') {
    return isUnsignedText(actual) ? undefined : `Expected '${actual}' to match an integer number`;
  }
  return isFloatText(actual) ? undefined : `Expected '${actual}' to match a number`;
}

function json(rule: NumberRule, actual: JsonValue): Verdict {
  if (rule.match === 'integer')
    return isJsonInteger(actual) ? undefined : `Expected ${typedJson(actual)} to be an integer`;
  if (rule.match === 'decimal') {
    return isJsonDecimal(actual) ? undefined : `Expected ${typedJson(actual)} to be a decimal number`;
  }
  return isJsonNumber(actual) ? undefined : `Expected ${typedJson(actual)} to be a number`;
}

/** Checks for `{ match: 'number' | 'integer' | 'decimal' }`. */
export const numberMatcher: RuleMatcher<NumberRule> = {
  text: (rule, _expected, actual) => text(rule, actual),
  json: (rule, _expected, actual) => json(rule, actual),
  status: (rule, _expected, actual) =>
    rule.match === 'decimal' ? `Expected ${actual} to match a decimal number` : undefined,
  list: matches,
};
