/** The `null` rule: the value must be JSON null. */
import { typedJson } from '../mismatch-messages.ts';
import type { MatchingRule } from '../model.ts';
import type { RuleMatcher } from './rule-matcher.ts';

/** Checks for `{ match: 'null' }`. */
export const nullMatcher: RuleMatcher<MatchingRule> = {
  json: (_rule, _expected, actual) =>
    actual === null ? undefined : `Expected ${typedJson(actual)} to be a null value`,
};
