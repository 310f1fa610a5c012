/**
 * `values`, `eachKey`, `eachValue` and `arrayContains` act on maps and lists (see the body walkers);
 * on single values `values` compares like equality and the others accept.
 */

import { jsonEquals } from '../../core/index.ts';
import { typedJson } from '../mismatch-messages.ts';
import type { MatchingRule } from '../model.ts';
import { equalText } from './equality.ts';
import { matches, type RuleMatcher } from './rule-matcher.ts';

/** Checks for `{ match: 'values' }`. */
export const valuesMatcher: RuleMatcher<MatchingRule> = {
  text: (_rule, expected, actual) => equalText(expected, actual),
  json: (_rule, expected, actual) =>
    jsonEquals(expected, actual)
      ? undefined
      : `Expected ${typedJson(actual)} to be equal to ${typedJson(expected)}`,
  list: matches,
  map: matches,
};

/** Checks for `eachKey`, `eachValue` and `arrayContains` on single values, lists and maps. */
export const containerRuleMatcher: RuleMatcher<MatchingRule> = {
  json: matches,
  list: matches,
  map: matches,
};
