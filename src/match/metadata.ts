/**
 * Message metadata: every expected key must be present; values compared with the `metadata` rules,
 * as a parameterised value for the content type, or by equality.
 */
import { type JsonValue, stringifyJson } from '../core/index.ts';
import { applyRules } from './apply-rules.ts';
import { equalityMatcher } from './matchers/equality.ts';
import { matchJsonRule } from './matchers/index.ts';
import type { MatchingContext } from './matching-context.ts';
import { mismatch } from './mismatch.ts';
import { jsonText } from './mismatch-messages.ts';
import type { Mismatch } from './model.ts';
import { matchParameterHeader } from './parameter-header.ts';
import { selectRules } from './rule-selection.ts';

type Metadata = Readonly<Record<string, unknown>>;

/**
 * Compares expected metadata with actual metadata.
 *
 * @example
 * compareMetadata({ Origin: 'AAA-123' }, {}, context); // [{ message: "Expected message metadata 'Origin' but was missing" }]
 */
export function compareMetadata(
  expected: Metadata | undefined,
  actual: Metadata | undefined,
  context: MatchingContext,
): Mismatch[] {
  const issues: Mismatch[] = [];
  const actualMetadata = actual ?? {};
  for (const [key, value] of Object.entries(expected ?? {})) {
    const expectedValue = value as JsonValue;
    if (!Object.hasOwn(actualMetadata, key)) {
      issues.push(
        mismatch(
          'metadata',
          key,
          jsonText(expectedValue),
          '',
          `Expected message metadata '${key}' but was missing`,
        ),
      );
      continue;
    }
    issues.push(...compareValue(key, expectedValue, actualMetadata[key] as JsonValue, context));
  }
  return issues;
}

function compareValue(
  key: string,
  expected: JsonValue,
  actual: JsonValue,
  context: MatchingContext,
): Mismatch[] {
  const selected = selectRules(context.rules, ['$', key], 2);
  const lower = key.toLowerCase();
  let failures: (string | undefined)[];
  if (selected !== undefined) {
    failures = applyRules(selected.list, (rule) => matchJsonRule(rule, expected, actual, selected.cascaded));
  } else if (lower === 'contenttype' || lower === 'content-type') {
    const asText = (value: JsonValue) => (typeof value === 'string' ? value : '');
    failures = matchParameterHeader(asText(expected), asText(actual), key, 'metadata', 0, true);
  } else {
    failures = [equalityMatcher.json?.({ match: 'equality' }, expected, actual, false)];
  }
  const [shownExpected, shownActual] = [stringifyJson(expected), stringifyJson(actual)];
  return failures
    .filter((failure): failure is string => failure !== undefined)
    .map((failure) =>
      mismatch(
        'metadata',
        key,
        shownExpected,
        shownActual,
        `Expected metadata key '${key}' to have value '${shownExpected}' but was '${shownActual}' - ${failure}`,
      ),
    );
}
