/**
 * A rule that judges a value by its text (`regex`, `include`): the same check for header and query
 * strings, JSON values, status codes, UTF-8 bytes and an XML element's own text; lists match.
 */
import { decodeUtf8, xmlText } from '../../core/index.ts';
import { jsonText } from '../mismatch-messages.ts';
import type { MatchingRule } from '../model.ts';
import { matches, type RuleMatcher, type Verdict } from './rule-matcher.ts';

/** Checks `text`; `shown` is how the value is quoted in the message (`'abc'`, or `200`). */
export type TextCheck<R> = (rule: R, text: string, shown: string) => Verdict;

/**
 * Builds a {@link RuleMatcher} from one check on text.
 *
 * @example
 * const includeMatcher = textRuleMatcher<IncludeRule>((rule, text, shown) =>
 *   text.includes(rule.value) ? undefined : `Expected ${shown} to include '${rule.value}'`);
 */
export function textRuleMatcher<R extends MatchingRule>(check: TextCheck<R>): RuleMatcher<R> {
  return {
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
}
