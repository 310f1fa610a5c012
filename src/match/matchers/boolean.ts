/** The `boolean` rule: a JSON boolean, or the text `true` or `false`. */
import { typedJson } from '../mismatch-messages.ts';
import type { MatchingRule } from '../model.ts';
import { matches, type RuleMatcher } from './rule-matcher.ts';

const isBooleanText = (text: string): boolean => text === 'true' || text === 'false';

/** Checks for `{ match: 'boolean' }`. */
export const booleanMatcher: RuleMatcher<MatchingRule> = {
  text: (_rule, _expected, actual) =>
    isBooleanText(actual) ? undefined : `Expected ${actual} to match a boolean`,
  json: (_rule, _expected, actual) =>
    typeof actual === 'boolean' || (typeof actual === 'string' && isBooleanText(actual))
      ? undefined
      : `Expected ${typedJson(actual)} to match a boolean`,
  list: matches,
};
