/** The `include` rule: the value's text must contain the given text. */
import { decodeUtf8, xmlText } from '../../core/index.ts';
import { jsonText } from '../mismatch-messages.ts';
import type { MatchingRule } from '../model.ts';
import { matches, type RuleMatcher } from './rule-matcher.ts';

type IncludeRule = Extract<MatchingRule, { match: 'include' }>;

const check = (rule: IncludeRule, text: string, shown: string) =>
  text.includes(rule.value) ? undefined : `Expected ${shown} to include '${rule.value}'`;

/** Checks for `{ match: 'include', value }`. */
export const includeMatcher: RuleMatcher<IncludeRule> = {
  text: (rule, _expected, actual) => check(rule, actual, `'${actual}'`),
  json: (rule, _expected, actual) => check(rule, jsonText(actual), `'${jsonText(actual)}'`),
  status: (rule, _expected, actual) => check(rule, String(actual), String(actual)),
  bytes: (rule, _expected, actual) => {
    const text = decodeUtf8(actual);
    if (text === undefined)
      return 'Could not convert actual bytes into a UTF-8 string - invalid utf-8 sequence';
    return check(rule, text, `'${text}'`);
  },
  list: matches,
  element: (rule, _expected, actual) => check(rule, xmlText(actual), `'${xmlText(actual)}'`),
};
