/**
 * The `regex` rule: the value's text must match the expression. For an XML element the text is the
 * element's own text, as pact-jvm and the pact-specification cases read it.
 */
import { decodeUtf8, xmlText } from '../../core/index.ts';
import { jsonText } from '../mismatch-messages.ts';
import type { MatchingRule } from '../model.ts';
import { testRegex } from './regex-cache.ts';
import { matches, type RuleMatcher, type Verdict } from './rule-matcher.ts';

type RegexRule = Extract<MatchingRule, { match: 'regex' }>;

function check(rule: RegexRule, text: string, shown: string): Verdict {
  const { matched, error } = testRegex(rule.regex, text);
  if (error !== undefined) return error;
  return matched ? undefined : `Expected ${shown} to match '${rule.regex}'`;
}

/** Checks for `{ match: 'regex', regex }`. */
export const regexMatcher: RuleMatcher<RegexRule> = {
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
  map: matches,
  element: (rule, _expected, actual) => check(rule, xmlText(actual), `'${xmlText(actual)}'`),
};
