/**
 * Comparing the keys of two JSON objects: missing keys (responses) or a different key set
 * (requests), unless a `values`/`eachKey`/`eachValue` rule sits on the object; then `eachKey` rules
 * check every actual key.
 */
import { matchTextRule } from '../matchers/index.ts';
import { joinPath } from '../path-format.ts';
import { directRulesAt } from '../rule-selection.ts';
import type { MapEntries } from './json-entries.ts';
import { type JsonVisit, report, visitPath } from './json-walker.ts';

const KEY_FREE_RULES = new Set(['values', 'eachValue', 'eachKey']);

/**
 * Checks the key sets of the visited objects.
 *
 * @example
 * matchKeys(visit, mapEntries({ one: 1, two: 2 }, { one: 1 })); // "Expected a Map with keys [one, two] but received one with keys [one]"
 */
export function matchKeys(visit: JsonVisit, entries: MapEntries): void {
  const { context } = visit.node;
  const direct = directRulesAt(visit.cursor);
  const { keys, actualKeys } = entries;
  if (!direct.some((rule) => KEY_FREE_RULES.has(rule.match))) {
    if (context.allowUnexpectedKeys) reportMissingKeys(visit, entries);
    else if (entries.missing > 0 || keys.length !== actualKeys.length) {
      const received = [...actualKeys].sort();
      const message = `Expected a Map with keys [${keys.join(', ')}] but received one with keys [${received.join(', ')}]`;
      report(visit, message, JSON.stringify(keys), JSON.stringify(received));
    }
  }
  if (direct.length > 0) matchEachKey(visit, [...actualKeys].sort());
}

function reportMissingKeys(visit: JsonVisit, entries: MapEntries): void {
  if (entries.missing === 0) return;
  const { keys, actual, actualKeys } = entries;
  const missing = keys.filter((_, index) => actual[index] === undefined);
  const message = `Actual map is missing the following keys: ${missing.join(', ')}`;
  report(visit, message, JSON.stringify(keys), JSON.stringify([...actualKeys].sort()));
}

function matchEachKey(visit: JsonVisit, actualKeys: readonly string[]): void {
  const { selected } = visit.cursor;
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
