/**
 * Comparing JSON arrays. Without rules: same length, items pairwise. With rules at the array: the
 * rule checks the array as a whole (sizes), then items are compared with the first expected item
 * standing in for any extra actual items; `arrayContains` looks for each variant anywhere in the
 * array; `eachValue` applies its rules to every item.
 */
import { type JsonValue, stringifyJson } from '../../core/index.ts';
import { type ListValue, matchListRule } from '../matchers/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import { appendAll, mismatch } from '../mismatch.ts';
import { listForMismatch } from '../mismatch-messages.ts';
import type { MatchingRule, Mismatch } from '../model.ts';
import { cursorAt, type SelectedRules } from '../rule-selection.ts';
import { arrayContainsFailures } from './json-array-contains.ts';
import { eachValueContext } from './json-maps.ts';
import { childNode, type JsonOp, type JsonVisit, report, runOps, visitPath } from './json-walker.ts';

const listOf = (items: readonly JsonValue[]): ListValue => ({ items, text: false });
const isSpecial = (rule: MatchingRule): boolean =>
  rule.match === 'arrayContains' || rule.match === 'eachValue';

/**
 * Compares the visited arrays.
 *
 * @example
 * compareLists(visit, [1, 2], [1, 2, 3]); // reports 'Expected a List with 2 elements but received 3 elements'
 */
export function compareLists(
  visit: JsonVisit,
  expected: readonly JsonValue[],
  actual: readonly JsonValue[],
): void {
  const { selected } = visit.cursor;
  if (selected !== undefined) {
    if (expected.length > 0) compareWithRules(visit, selected, expected, actual);
  } else if (expected.length === 0 && actual.length > 0) {
    report(
      visit,
      `Expected an empty List but received ${stringifyJson(actual)}`,
      '[]',
      stringifyJson(actual),
    );
  } else {
    comparePairwise(visit, expected, actual);
  }
}

function comparePairwise(
  visit: JsonVisit,
  expected: readonly JsonValue[],
  actual: readonly JsonValue[],
): void {
  const { context } = visit.node;
  // Formatted only for a mismatch: formatting at every level would make deep nesting quadratic.
  const emit = (message: string): JsonOp => ({
    emit: mismatch('body', visitPath(visit), stringifyJson(expected), stringifyJson(actual), message),
  });
  expected.forEach((item, index) => {
    if (index < actual.length) visit.ops.push(node(visit, index, item, actual[index] as JsonValue, context));
    else if (!definedAt(visit, context, index)) {
      visit.ops.push(emit(`Expected ${stringifyJson(item)} but was missing`));
    }
  });
  if (expected.length !== actual.length) {
    visit.ops.push(
      emit(`Expected a List with ${expected.length} elements but received ${actual.length} elements`),
    );
  }
}

function compareWithRules(
  visit: JsonVisit,
  selected: SelectedRules,
  expected: readonly JsonValue[],
  actual: readonly JsonValue[],
): void {
  const { rules, combine } = selected.list;
  if (combine === 'OR' && rules.length > 1 && rules.some(isSpecial)) {
    compareEitherRule(visit, selected, expected, actual);
    return;
  }
  const failures: string[] = [];
  let passed = false;
  const itemContexts = new Set<MatchingContext>();
  for (const rule of rules) {
    if (rule.match === 'arrayContains')
      failures.push(...arrayContainsFailures(visit, rule, expected, actual));
    else if (rule.match === 'eachValue') {
      if (!selected.cascaded) itemContexts.add(eachValueContext(visit, rule));
    } else {
      const failure = matchListRule(rule, listOf(expected), listOf(actual), selected.cascaded);
      if (failure === undefined) passed = true;
      else failures.push(failure);
      itemContexts.add(visit.node.context);
    }
  }
  if (combine === 'AND' || !passed) {
    for (const failure of failures)
      report(visit, failure, listForMismatch(expected), listForMismatch(actual));
  }
  for (const context of itemContexts) appendAll(visit.ops, itemOps(visit, context, expected, actual));
}

/** `OR` with `arrayContains`/`eachValue`: each rule's full outcome decides, so each is walked now. */
function compareEitherRule(
  visit: JsonVisit,
  selected: SelectedRules,
  expected: readonly JsonValue[],
  actual: readonly JsonValue[],
): void {
  const prefix = visit.segments.slice(0, visit.length);
  const path = visitPath(visit);
  const outcomes = selected.list.rules.map((rule): Mismatch[] => {
    const shown = [listForMismatch(expected), listForMismatch(actual)] as const;
    if (rule.match === 'arrayContains') {
      return arrayContainsFailures(visit, rule, expected, actual).map((m) =>
        mismatch('body', path, ...shown, m),
      );
    }
    if (rule.match === 'eachValue') {
      return selected.cascaded
        ? []
        : runOps(itemOps(visit, eachValueContext(visit, rule), expected, actual), prefix);
    }
    const failure = matchListRule(rule, listOf(expected), listOf(actual), selected.cascaded);
    const own = failure === undefined ? [] : [mismatch('body', path, ...shown, failure)];
    return [...own, ...runOps(itemOps(visit, visit.node.context, expected, actual), prefix)];
  });
  if (outcomes.every((issues) => issues.length > 0)) appendAll(visit.issues, outcomes.flat());
}

/** Item comparisons under a rule: extra actual items are compared with the first expected item. */
function itemOps(
  visit: JsonVisit,
  context: MatchingContext,
  expected: readonly JsonValue[],
  actual: readonly JsonValue[],
): JsonOp[] {
  const ops: JsonOp[] = [];
  const count = Math.max(expected.length, actual.length);
  for (let index = 0; index < count; index++) {
    const item = (index < expected.length ? expected[index] : expected[0]) as JsonValue;
    if (index < actual.length) ops.push(node(visit, index, item, actual[index] as JsonValue, context));
    else if (!definedAt(visit, context, index)) {
      const message = `Expected ${stringifyJson(item)} (${index}) but was missing`;
      const shown = [listForMismatch(expected), listForMismatch(actual)] as const;
      ops.push({ emit: mismatch('body', visitPath(visit), ...shown, message) });
    }
  }
  return ops;
}

function node(
  visit: JsonVisit,
  index: number,
  expected: JsonValue,
  actual: JsonValue,
  context: MatchingContext,
): JsonOp {
  return childNode(visit, indexSegment(index), expected, actual, context);
}

function definedAt(visit: JsonVisit, context: MatchingContext, index: number): boolean {
  visit.segments[visit.length] = indexSegment(index);
  return cursorAt(context.rules, visit.segments, visit.length + 1).best !== undefined;
}

const SMALL_INDEXES = Array.from({ length: 1024 }, (_, i) => String(i));

/**
 * The path segment of an array index.
 *
 * @example
 * indexSegment(3); // '3'
 */
export function indexSegment(index: number): string {
  return SMALL_INDEXES[index] ?? String(index);
}
