/** Matchers over collections: `arrayContaining`, `eachKeyMatches`, `eachValueMatches`. */

import type { ArrayContainsMatcher, Matcher, RulesMatcher } from './matcher.ts';
import { like } from './type-matchers.ts';

/**
 * An array that contains, in any order, an item matching each variant (variants may hold matchers).
 *
 * @example
 * arrayContaining({ type: 'card', last4: regex(/^\d{4}$/, '4242') }, { type: 'voucher' });
 * // { 'pact:matcher:type': 'arrayContains', variants: [...] }
 */
export function arrayContaining(...variants: unknown[]): ArrayContainsMatcher {
  return { 'pact:matcher:type': 'arrayContains', variants };
}

/**
 * A map whose keys all match the rules (values are not checked by this rule).
 *
 * @example
 * eachKeyMatches({ 'sku-1': 2 }, regex(/^sku-\d+$/, 'sku-1'));
 * // { 'pact:matcher:type': 'eachKey', rules: [{ 'pact:matcher:type': 'regex', … }], value: { 'sku-1': 2 } }
 */
export function eachKeyMatches<T>(
  example: Record<string, T>,
  rules: Matcher | readonly Matcher[] = like('key'),
): RulesMatcher<Record<string, T>> {
  return { 'pact:matcher:type': 'eachKey', rules: ruleList(rules), value: example };
}

/**
 * A map (or array) whose values all match the rules, whatever the keys.
 *
 * @example
 * eachValueMatches({ 'sku-1': 2 }, integer(2));
 * // { 'pact:matcher:type': 'eachValue', rules: [{ 'pact:matcher:type': 'integer', value: 2 }], value: { 'sku-1': 2 } }
 */
export function eachValueMatches<T>(
  example: Record<string, T>,
  rules: Matcher | readonly Matcher[],
): RulesMatcher<Record<string, T>> {
  return { 'pact:matcher:type': 'eachValue', rules: ruleList(rules), value: example };
}

function ruleList(rules: Matcher | readonly Matcher[]): readonly Matcher[] {
  return isRuleArray(rules) ? rules : [rules];
}

function isRuleArray(rules: Matcher | readonly Matcher[]): rules is readonly Matcher[] {
  return Array.isArray(rules);
}
