/**
 * Comparing JSON objects: the rule that applies at the object (size, emptiness), then its keys, then
 * each expected entry; under `values`/`eachValue` every actual entry is compared with the expected
 * entry of the same key, or the first expected entry.
 */
import { type JsonObject, type JsonValue, stringifyJson } from '../../core/index.ts';
import { matchMapRule } from '../matchers/index.ts';
import { type MatchingContext, withRules } from '../matching-context.ts';
import type { MatchingRule } from '../model.ts';
import { isValuesRule } from '../rule-debug.ts';
import { rulesAt } from '../rule-selection.ts';
import { mapEntries } from './json-entries.ts';
import { matchKeys } from './json-keys.ts';
import { childNode, type JsonVisit, report } from './json-walker.ts';

/**
 * Compares the visited objects.
 *
 * @example
 * compareMaps(visit, { a: 1 }, { a: 1, b: 2 });
 */
export function compareMaps(visit: JsonVisit, expected: JsonObject, actual: JsonObject): void {
  const { context } = visit.node;
  const entries = mapEntries(expected, actual);
  const { keys: expectedKeys, actualKeys } = entries;
  if (expectedKeys.length === 0 && actualKeys.length > 0 && !context.allowUnexpectedKeys) {
    report(visit, `Expected an empty Map but received ${stringifyJson(actual)}`, '{}', stringifyJson(actual));
    return;
  }
  const { byKey, valueContexts } = applyMapRules(visit, expected, actual);
  if (byKey) {
    matchKeys(visit, entries);
    for (let i = 0; i < expectedKeys.length; i++) {
      const actualValue = entries.actual[i];
      if (actualValue !== undefined)
        child(visit, expectedKeys[i] as string, entries.expected[i] as JsonValue, actualValue, context);
    }
  }
  if (valueContexts.size > 0) actualKeys.sort();
  for (const valueContext of valueContexts) {
    compareValues(visit, expected, expectedKeys, actual, actualKeys, valueContext);
  }
}

/**
 * Applies the rules at the object: object-level checks (reported now), and which contexts compare
 * the entries by value. `byKey` when entries are compared key by key (no rule, or a non-values rule).
 */
function applyMapRules(
  visit: JsonVisit,
  expected: JsonObject,
  actual: JsonObject,
): { byKey: boolean; valueContexts: Set<MatchingContext> } {
  const { context } = visit.node;
  const { selected } = visit.cursor;
  const valueContexts = new Set<MatchingContext>();
  if (selected === undefined) return { byKey: true, valueContexts };
  let byKey = false;
  for (const rule of selected.list.rules) {
    if (!selected.cascaded && isValuesRule(rule)) {
      valueContexts.add(rule.match === 'eachValue' ? eachValueContext(visit, rule) : context);
      continue;
    }
    const failure = matchMapRule(rule, expected, actual, selected.cascaded);
    if (failure !== undefined) report(visit, failure, stringifyJson(expected), stringifyJson(actual));
    byKey = true;
  }
  return { byKey, valueContexts };
}

function compareValues(
  visit: JsonVisit,
  expected: JsonObject,
  expectedKeys: readonly string[],
  actual: JsonObject,
  actualKeys: readonly string[],
  context: MatchingContext,
): void {
  const firstKey = expectedKeys[0];
  if (firstKey === undefined) return;
  for (const key of actualKeys) {
    const expectedValue = Object.hasOwn(expected, key) ? expected[key] : expected[firstKey];
    child(visit, key, expectedValue as JsonValue, actual[key] as JsonValue, context);
  }
}

function child(
  visit: JsonVisit,
  key: string,
  expected: JsonValue,
  actual: JsonValue,
  context: MatchingContext,
): void {
  visit.ops.push(childNode(visit, key, expected, actual, context));
}

/**
 * The context for the children of a node with an `eachValue` rule: only that rule's inner rules,
 * at `<path>.*`.
 *
 * @example
 * eachValueContext(visit, { match: 'eachValue', rules: [{ match: 'regex', regex: '[a-z]+' }] });
 */
export function eachValueContext(visit: JsonVisit, rule: MatchingRule): MatchingContext {
  const inner = rule.match === 'eachValue' ? rule.rules : [];
  const segments = [...visit.segments.slice(0, visit.length), '*'];
  return withRules(visit.node.context, rulesAt(segments, segments.length, { rules: inner, combine: 'AND' }));
}
