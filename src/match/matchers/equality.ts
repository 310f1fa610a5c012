/** The `equality` rule (and the default comparison): values must be equal. */
import { jsonEquals, xmlName } from '../../core/index.ts';
import { typedJson } from '../mismatch-messages.ts';
import type { MatchingRule } from '../model.ts';
import { bytesDebug, listValueForMismatch, mapDebug } from './list-display.ts';
import type { RuleMatcher } from './rule-matcher.ts';

/**
 * Equality of strings as the reference words it.
 *
 * @example
 * equalText('b', 'c'); // "Expected 'c' to be equal to 'b'"
 */
export function equalText(expected: string, actual: string): string | undefined {
  return expected === actual ? undefined : `Expected '${actual}' to be equal to '${expected}'`;
}

/** Checks for `{ match: 'equality' }`. */
export const equalityMatcher: RuleMatcher<MatchingRule> = {
  text: (_rule, expected, actual) => equalText(expected, actual),
  json: (_rule, expected, actual) =>
    jsonEquals(expected, actual)
      ? undefined
      : `Expected ${typedJson(actual)} to be equal to ${typedJson(expected)}`,
  status: (_rule, expected, actual) =>
    expected === actual ? undefined : `Expected ${actual} to be equal to ${expected}`,
  bytes: (_rule, expected, actual) =>
    Buffer.compare(expected, actual) === 0
      ? undefined
      : `Expected '${bytesDebug(expected)}...' (${expected.length} bytes) to be equal to '${bytesDebug(actual)}...' (${actual.length} bytes)`,
  list: (_rule, expected, actual) =>
    jsonEquals(expected.items, actual.items)
      ? undefined
      : `Expected ${listValueForMismatch(actual)} to be equal to ${listValueForMismatch(expected)}`,
  map: (_rule, expected, actual) =>
    jsonEquals(expected, actual)
      ? undefined
      : `Expected ${mapDebug(actual)} to be equal to ${mapDebug(expected)}`,
  element: (_rule, expected, actual) =>
    xmlName(expected) === xmlName(actual)
      ? undefined
      : `Expected '${xmlName(expected)}' to be equal to '${xmlName(actual)}'`,
};
