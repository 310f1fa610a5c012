/**
 * The `date`, `time` and `timestamp` rules: the value's text must match a Java DateTimeFormatter
 * pattern (validation itself lives in `../datetime`).
 */
import { errorMessage } from '../../core/index.ts';
import { matchesJavaFormat } from '../datetime/index.ts';
import { jsonText } from '../mismatch-messages.ts';
import type { MatchingRule } from '../model.ts';
import { matches, type RuleMatcher, type Verdict } from './rule-matcher.ts';

type DateTimeRule = Extract<MatchingRule, { match: 'date' | 'time' | 'timestamp' }>;

const DEFAULT_FORMATS = {
  date: 'yyyy-MM-dd',
  time: 'HH:mm:ss',
  timestamp: "yyyy-MM-dd'T'HH:mm:ssXXX",
} as const;

/**
 * The pattern a date/time rule checks against (its `format`, else the reference's default).
 *
 * @example
 * formatOf({ match: 'date' }); // 'yyyy-MM-dd'
 */
export function formatOf(rule: DateTimeRule): string {
  return rule.format === undefined || rule.format === '' ? DEFAULT_FORMATS[rule.match] : rule.format;
}

function failure(value: string, pattern: string): string | undefined {
  try {
    return matchesJavaFormat(value, pattern)
      ? undefined
      : `'${value}' does not match the pattern '${pattern}'`;
  } catch (error) {
    return `'${pattern}' is not a valid date/time pattern - ${errorMessage(error)}`;
  }
}

function check(rule: DateTimeRule, value: string, withReason: boolean): Verdict {
  const pattern = formatOf(rule);
  const reason = failure(value, pattern);
  if (reason === undefined) return undefined;
  const message = `Expected '${value}' to match a ${rule.match} pattern of '${pattern}'`;
  return withReason ? `${message}: ${reason}` : message;
}

/** Checks for `{ match: 'date' | 'time' | 'timestamp', format? }`. */
export const dateTimeMatcher: RuleMatcher<DateTimeRule> = {
  text: (rule, _expected, actual) => check(rule, actual, false),
  json: (rule, _expected, actual) => check(rule, jsonText(actual), true),
  list: matches,
};
