/** The `include` rule: the value's text must contain the given text. */
import type { MatchingRule } from '../model.ts';
import { textRuleMatcher } from './text-rule.ts';

type IncludeRule = Extract<MatchingRule, { match: 'include' }>;

/** Checks for `{ match: 'include', value }`. */
export const includeMatcher = textRuleMatcher<IncludeRule>((rule, text, shown) =>
  text.includes(rule.value) ? undefined : `Expected ${shown} to include '${rule.value}'`,
);
