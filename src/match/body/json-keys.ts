/**
 * Comparing the keys of two JSON objects: missing keys (responses) or a different key set
 * (requests), unless a `values`/`eachKey`/`eachValue` rule sits on the object; then `eachKey` rules
 * check every actual key.
 */
import type { JsonObject } from '../../core/index.ts';
import { matchTextRule } from '../matchers/index.ts';
import { joinPath } from '../path-format.ts';
import { directRules, selectRules } from '../rule-selection.ts';
import { type JsonVisit, report, visitPath } from './json-walker.ts';

const KEY_FREE_RULES = new Set(['values', 'eachValue', 'eachKey']);

function sameKeys(expected: readonly string[], actualKeys: readonly string[], actual: JsonObject): boolean {
  return expected.length === actualKeys.length && expected.every((key) => Object.hasOwn(actual, key));
}

/**
 * Checks the key sets of the visited objects (`expectedKeys` sorted, `actualKeys` in any order).
 *
 * @example
 * matchKeys(visit, ['one', 'two'], ['one'], actual); // "Expected a Map with keys [one, two] but received one with keys [one]"
 */
export function matchKeys(
  visit: JsonVisit,
  expectedKeys: readonly string[],
  actualKeys: readonly string[],
  actual: JsonObject,
): void {
  const { context } = visit.node;
  const direct = directRules(context.rules, visit.segments, visit.length);
  if (!direct.some((rule) => KEY_FREE_RULES.has(rule.match))) {
    if (context.allowUnexpectedKeys) reportMissingKeys(visit, expectedKeys, actualKeys, actual);
    else if (!sameKeys(expectedKeys, actualKeys, actual)) {
      const received = [...actualKeys].sort();
      const message = `Expected a Map with keys [${expectedKeys.join(', ')}] but received one with keys [${received.join(', ')}]`;
      report(visit, message, JSON.stringify(expectedKeys), JSON.stringify(received));
    }
  }
  if (direct.length > 0) matchEachKey(visit, [...actualKeys].sort());
}

function reportMissingKeys(
  visit: JsonVisit,
  expectedKeys: readonly string[],
  actualKeys: readonly string[],
  actual: JsonObject,
): void {
  const missing = expectedKeys.filter((key) => !Object.hasOwn(actual, key));
  if (missing.length === 0) return;
  const message = `Actual map is missing the following keys: ${missing.join(', ')}`;
  report(visit, message, JSON.stringify(expectedKeys), JSON.stringify([...actualKeys].sort()));
}

function matchEachKey(visit: JsonVisit, actualKeys: readonly string[]): void {
  const selected = selectRules(visit.node.context.rules, visit.segments, visit.length);
  const path = visitPath(visit);
  for (const rule of selected?.list.rules ?? []) {
    if (rule.match !== 'eachKey') continue;
    for (const keyRule of rule.rules) {
      for (const key of actualKeys) {
        const failure = matchTextRule(keyRule, '', key, false);
        if (failure !== undefined) report(visit, failure, '', key, joinPath(path, key));
      }
    }
  }
}
