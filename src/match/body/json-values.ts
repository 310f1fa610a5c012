/** Comparing JSON leaves (strings, numbers, booleans, null) and reporting type mismatches. */
import { stringifyJson } from '../../core/index.ts';
import { applyRules } from '../apply-rules.ts';
import { equalityMatcher } from '../matchers/equality.ts';
import { matchJsonRule } from '../matchers/index.ts';
import { typedJson } from '../mismatch-messages.ts';
import { type JsonVisit, report } from './json-walker.ts';

/**
 * Compares a leaf with the rules that apply at its path, or by equality.
 *
 * @example
 * compareLeaf(visit); // reports "Expected 'c' (String) to be equal to 'b' (String)"
 */
export function compareLeaf(visit: JsonVisit): void {
  const { expected, actual } = visit.node;
  const { selected } = visit.cursor;
  if (selected === undefined && expected === actual) return;
  const failures = selected
    ? applyRules(selected.list, (rule) => matchJsonRule(rule, expected, actual, selected.cascaded))
    : [equalityMatcher.json?.({ match: 'equality' }, expected, actual, false)];
  for (const failure of failures) {
    if (failure !== undefined) report(visit, failure, stringifyJson(expected), stringifyJson(actual));
  }
}

/**
 * Reports that an object or array was expected and something else came.
 *
 * @example
 * typeMismatch(visit); // "Type mismatch: Expected 'b' (String) to be the same type as [\"b\"] (Array)"
 */
export function typeMismatch(visit: JsonVisit): void {
  const { expected, actual } = visit.node;
  const message = `Type mismatch: Expected ${typedJson(actual)} to be the same type as ${typedJson(expected)}`;
  report(visit, message, stringifyJson(expected), stringifyJson(actual));
}
