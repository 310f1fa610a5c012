/**
 * Dispatch of a matching rule to its implementation for a kind of value, with the reference's
 * fallback when a rule does not apply to that kind ("Unable to match … using …", or a pass for a
 * rule that only cascaded there and does not cascade).
 */
import { type JsonObject, type JsonValue, type XmlElement, xmlName } from '../../core/index.ts';
import type { MatchingRule, MatchingRuleType } from '../model.ts';
import { canCascade, debugRule } from '../rule-debug.ts';
import { booleanMatcher } from './boolean.ts';
import { containerRuleMatcher, valuesMatcher } from './collection-rules.ts';
import { contentTypeMatcher } from './content-type.ts';
import { dateTimeMatcher } from './date-time.ts';
import { equalityMatcher } from './equality.ts';
import { includeMatcher } from './include.ts';
import { bytesDebug, listValueForMismatch, mapDebug } from './list-display.ts';
import { notEmptyMatcher } from './not-empty.ts';
import { nullMatcher } from './null.ts';
import { numberMatcher } from './number.ts';
import { regexMatcher } from './regex.ts';
import type { ListValue, RuleMatcher, Verdict } from './rule-matcher.ts';
import { semverMatcher } from './semver.ts';
import { statusCodeMatcher } from './status-code.ts';
import { typeMatcher } from './type.ts';

const MATCHERS: Readonly<Record<MatchingRuleType, RuleMatcher>> = {
  equality: equalityMatcher,
  regex: regexMatcher as RuleMatcher,
  type: typeMatcher as RuleMatcher,
  include: includeMatcher as RuleMatcher,
  integer: numberMatcher as RuleMatcher,
  decimal: numberMatcher as RuleMatcher,
  number: numberMatcher as RuleMatcher,
  null: nullMatcher,
  boolean: booleanMatcher,
  values: valuesMatcher,
  notEmpty: notEmptyMatcher,
  semver: semverMatcher,
  timestamp: dateTimeMatcher as RuleMatcher,
  date: dateTimeMatcher as RuleMatcher,
  time: dateTimeMatcher as RuleMatcher,
  contentType: contentTypeMatcher as RuleMatcher,
  arrayContains: containerRuleMatcher,
  statusCode: statusCodeMatcher as RuleMatcher,
  eachKey: containerRuleMatcher,
  eachValue: containerRuleMatcher,
};

const matcherFor = (rule: MatchingRule): RuleMatcher => MATCHERS[rule.match] ?? {};
const skipsCascade = (rule: MatchingRule, cascaded: boolean) => cascaded && !canCascade(rule);

/**
 * Applies a rule to text values (paths, headers, query parameters, text bodies, XML text).
 *
 * @example
 * matchTextRule({ match: 'regex', regex: '^\\d+$' }, '1', 'x', false); // "Expected 'x' to match '^\\d+$'"
 */
export function matchTextRule(
  rule: MatchingRule,
  expected: string,
  actual: string,
  cascaded: boolean,
): Verdict {
  const check = matcherFor(rule).text;
  if (check !== undefined) return check(rule, expected, actual, cascaded);
  return skipsCascade(rule, cascaded) ? undefined : `Unable to match '${actual}' using ${debugRule(rule)}`;
}

/**
 * Applies a rule to JSON values.
 *
 * @example
 * matchJsonRule({ match: 'integer' }, 1, 1.5, false); // 'Expected 1.5 (Decimal) to be an integer'
 */
export function matchJsonRule(
  rule: MatchingRule,
  expected: JsonValue,
  actual: JsonValue,
  cascaded: boolean,
): Verdict {
  return matcherFor(rule).json?.(rule, expected, actual, cascaded);
}

/**
 * Applies a rule to status codes.
 *
 * @example
 * matchStatusRule({ match: 'statusCode', status: 'success' }, 200, 404, false);
 */
export function matchStatusRule(
  rule: MatchingRule,
  expected: number,
  actual: number,
  cascaded: boolean,
): Verdict {
  const check = matcherFor(rule).status;
  if (check !== undefined) return check(rule, expected, actual, cascaded);
  return skipsCascade(rule, cascaded) ? undefined : `Unable to match ${actual} using ${debugRule(rule)}`;
}

/**
 * Applies a rule to binary content.
 *
 * @example
 * matchBytesRule({ match: 'notEmpty' }, new Uint8Array(1), new Uint8Array(0), false); // 'Expected [] (0 bytes) to not be empty'
 */
export function matchBytesRule(
  rule: MatchingRule,
  expected: Uint8Array,
  actual: Uint8Array,
  cascaded: boolean,
): Verdict {
  const check = matcherFor(rule).bytes;
  if (check !== undefined) return check(rule, expected, actual, cascaded);
  if (skipsCascade(rule, cascaded)) return undefined;
  return `Unable to match '${bytesDebug(actual)}...' (${actual.length} bytes) using ${debugRule(rule)}`;
}

/**
 * Applies a rule to a list as a whole (sizes, emptiness); items are compared separately.
 *
 * @example
 * matchListRule({ match: 'type', min: 1 }, list([1]), list([]), false); // 'Expected [] (size 0) to have minimum size of 1'
 */
export function matchListRule(
  rule: MatchingRule,
  expected: ListValue,
  actual: ListValue,
  cascaded: boolean,
): Verdict {
  const check = matcherFor(rule).list;
  if (check !== undefined) return check(rule, expected, actual, cascaded);
  return `Unable to match ${listValueForMismatch(actual)} using ${debugRule(rule)}`;
}

/**
 * Applies a rule to a JSON object as a whole; entries are compared separately.
 *
 * @example
 * matchMapRule({ match: 'notEmpty' }, { a: 1 }, {}, false); // 'Expected {} (Map) to not be empty'
 */
export function matchMapRule(
  rule: MatchingRule,
  expected: JsonObject,
  actual: JsonObject,
  cascaded: boolean,
): Verdict {
  const check = matcherFor(rule).map;
  if (check !== undefined) return check(rule, expected, actual, cascaded);
  return `Unable to match ${mapDebug(actual)} using ${debugRule(rule)}`;
}

/**
 * Applies a rule to an XML element (its name and number of children).
 *
 * @example
 * matchElementRule({ match: 'type' }, a, b, false); // "Expected 'a' to be the same type as 'b'"
 */
export function matchElementRule(
  rule: MatchingRule,
  expected: XmlElement,
  actual: XmlElement,
  cascaded: boolean,
): Verdict {
  const check = matcherFor(rule).element;
  if (check !== undefined) return check(rule, expected, actual, cascaded);
  return `Unable to match Element { name: ${JSON.stringify(xmlName(actual))} } using ${debugRule(rule)}`;
}
