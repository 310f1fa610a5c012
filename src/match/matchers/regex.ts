/**
 * The `regex` rule: the value's text must match the expression. For an XML element the text is the
 * element's own text, as pact-jvm and the pact-specification cases read it.
 */
import type { MatchingRule } from '../model.ts';
import { testRegex } from './regex-cache.ts';
import { matches, type RuleMatcher } from './rule-matcher.ts';
import { textRuleMatcher } from './text-rule.ts';

type RegexRule = Extract<MatchingRule, { match: 'regex' }>;

/** Checks for `{ match: 'regex', regex }`; unlike `include`, a map matches too. */
export const regexMatcher: RuleMatcher<RegexRule> = {
  ...textRuleMatcher<RegexRule>((rule, text, shown) => {
    const { matched, error } = testRegex(rule.regex, text);
    if (error !== undefined) return error;
    return matched ? undefined : `Expected ${shown} to match '${rule.regex}'`;
  }),
  map: matches,
};
