/**
 * The JSON comparison walk. Iterative: pending nodes and deferred mismatches sit on an explicit
 * stack and the current path is one array indexed by depth, so 10,000 levels of nesting neither
 * overflow the call stack nor copy paths. Mismatches come out in the reference's order (depth first,
 * keys sorted, a list's length mismatch after its items).
 */
import { isJsonObject, type JsonValue } from '../../core/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import { formatPath } from '../path-format.ts';
import { cursorAt, type RuleCursor, stepCursor } from '../rule-selection.ts';
import { compareLists } from './json-lists.ts';
import { compareMaps } from './json-maps.ts';
import { compareLeaf, typeMismatch } from './json-values.ts';

/**
 * A pair of values to compare at `segments[0..depth]` + `segment`; `cursor` is where that path
 * stands in the context's rules, when the node's creator knew it (else it is found from the root).
 */
export interface JsonNode {
  readonly depth: number;
  readonly segment: string;
  readonly expected: JsonValue;
  readonly actual: JsonValue;
  readonly context: MatchingContext;
  readonly cursor: RuleCursor | undefined;
}

/** Work on the stack: a node to visit, or a mismatch to report when reached. */
export type JsonOp = JsonNode | { readonly emit: Mismatch };

/** What a visit sees: the node, its path, and where to put mismatches and follow-up work. */
export interface JsonVisit {
  readonly node: JsonNode;
  readonly segments: string[];
  readonly length: number;
  /** The rules at the node's path. */
  readonly cursor: RuleCursor;
  /** Mismatches reported now (before anything scheduled in `ops`). */
  readonly issues: Mismatch[];
  /** Follow-up work, run in order after this visit. */
  readonly ops: JsonOp[];
}

/**
 * The formatted path of the visited node.
 *
 * @example
 * visitPath(visit); // '$.a[0]'
 */
export function visitPath(visit: JsonVisit): string {
  return formatPath(visit.segments, visit.length);
}

/**
 * Reports a body mismatch at the visited node now.
 *
 * @example
 * report(visit, 'Expected an empty List but received [1]', '[]', '[1]');
 */
export function report(
  visit: JsonVisit,
  message: string,
  expected: unknown,
  actual: unknown,
  path = visitPath(visit),
): void {
  visit.issues.push(mismatch('body', path, expected, actual, message));
}

/**
 * A child of the visited node, under `context` (the node's own, or another for `eachValue`).
 *
 * @example
 * visit.ops.push(childNode(visit, 'id', expected.id, actual.id, visit.node.context));
 */
export function childNode(
  visit: JsonVisit,
  segment: string,
  expected: JsonValue,
  actual: JsonValue,
  context: MatchingContext,
): JsonNode {
  const cursor = context.rules === visit.node.context.rules ? stepCursor(visit.cursor, segment) : undefined;
  return { depth: visit.length, segment, expected, actual, context, cursor };
}

/**
 * Compares two JSON values under a context, from the root (or below `prefix`, the first segments
 * of the path), and returns the mismatches.
 *
 * @example
 * compareJson(context, { a: 1 }, { a: 2 }); // [{ path: '$.a', message: 'Expected 2 (Integer) to be equal to 1 (Integer)', ... }]
 */
export function compareJson(context: MatchingContext, expected: JsonValue, actual: JsonValue): Mismatch[] {
  return runOps([rootNode(expected, actual, context)], []);
}

/**
 * Runs work items with the path prefix `segments` already in place; used for nested comparisons
 * whose outcome decides a rule (`arrayContains`, `OR`).
 *
 * @example
 * runOps([rootNode(expected, actual, context)], []);
 */
export function runOps(initial: readonly JsonOp[], segments: readonly string[]): Mismatch[] {
  const path = [...segments];
  const issues: Mismatch[] = [];
  const stack: JsonOp[] = [];
  for (let i = initial.length - 1; i >= 0; i--) stack.push(initial[i] as JsonOp);
  while (stack.length > 0) {
    const op = stack.pop() as JsonOp;
    if ('emit' in op) issues.push(op.emit);
    else {
      const base = stack.length;
      visitNode(op, path, issues, stack);
      reverseFrom(stack, base);
    }
  }
  return issues;
}

/**
 * The node comparing two documents from their roots.
 *
 * @example
 * runOps([rootNode(expected, actual, context)], []);
 */
export function rootNode(expected: JsonValue, actual: JsonValue, context: MatchingContext): JsonNode {
  return { depth: 0, segment: '$', expected, actual, context, cursor: undefined };
}

/** The follow-up work of a visit is pushed in order on the stack, then turned to run first-pushed first. */
function reverseFrom(stack: JsonOp[], base: number): void {
  for (let i = base, j = stack.length - 1; i < j; i++, j--) {
    const item = stack[i] as JsonOp;
    stack[i] = stack[j] as JsonOp;
    stack[j] = item;
  }
}

function visitNode(node: JsonNode, segments: string[], issues: Mismatch[], ops: JsonOp[]): void {
  segments[node.depth] = node.segment;
  const length = node.depth + 1;
  const cursor = node.cursor ?? cursorAt(node.context.rules, segments, length);
  const visit: JsonVisit = { node, segments, length, cursor, issues, ops };
  const { expected, actual } = node;
  if (isJsonObject(expected)) {
    if (isJsonObject(actual)) compareMaps(visit, expected, actual);
    else typeMismatch(visit);
  } else if (Array.isArray(expected)) {
    if (Array.isArray(actual)) compareLists(visit, expected, actual);
    else typeMismatch(visit);
  } else compareLeaf(visit);
}
