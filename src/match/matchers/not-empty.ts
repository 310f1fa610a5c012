/** The `notEmpty` rule: present and not empty (not null, `''`, `[]`, `{}`, no bytes, no children). */
import { isJsonObject, xmlChildNodeCount, xmlName } from '../../core/index.ts';
import type { MatchingRule } from '../model.ts';
import { listValueForMismatch, mapDebug } from './list-display.ts';
import type { RuleMatcher } from './rule-matcher.ts';

/** Checks for `{ match: 'notEmpty' }`. */
export const notEmptyMatcher: RuleMatcher<MatchingRule> = {
  text: (_rule, _expected, actual) => (actual === '' ? 'Expected  to not be empty' : undefined),
  json: (_rule, _expected, actual) => {
    if (actual === null) return 'Expected non-empty but got a NULL';
    if (actual === '') return "Expected '' (String) to not be empty";
    if (Array.isArray(actual) && actual.length === 0) return 'Expected [] (Array) to not be empty';
    if (isJsonObject(actual) && Object.keys(actual).length === 0)
      return 'Expected {} (Object) to not be empty';
    return undefined;
  },
  bytes: (_rule, _expected, actual) =>
    actual.length === 0 ? 'Expected [] (0 bytes) to not be empty' : undefined,
  list: (_rule, _expected, actual) =>
    actual.items.length === 0
      ? `Expected ${listValueForMismatch(actual)} (Array) to not be empty`
      : undefined,
  map: (_rule, _expected, actual) =>
    Object.keys(actual).length === 0 ? `Expected ${mapDebug(actual)} (Map) to not be empty` : undefined,
  element: (_rule, _expected, actual) =>
    xmlChildNodeCount(actual) === 0 ? `Expected '${xmlName(actual)}' to have at least one child` : undefined,
};
