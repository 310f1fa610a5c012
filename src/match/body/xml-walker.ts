/**
 * The XML comparison walk, iterative like the JSON one. An element matches when its name matches
 * (or the rules at its path accept it); then its attributes (`@name` paths), its child elements
 * grouped by name (`$.root.child`), and its text (`#text`) are compared, in that order. As in the
 * JSON walk, each element carries its rule cursor down to its children, and paths are formatted
 * only for a mismatch, so 10,000 levels of nesting stay linear.
 */
import { type XmlElement, xmlName, xmlText } from '../../core/index.ts';
import { applyRules } from '../apply-rules.ts';
import { equalityMatcher, equalText } from '../matchers/equality.ts';
import { matchElementRule, matchTextRule } from '../matchers/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import { formatPath } from '../path-format.ts';
import { hasTypeRuleAt, type RuleCursor, rootCursor, stepCursor } from '../rule-selection.ts';
import { compareAttributes } from './xml-attributes.ts';
import { childOps } from './xml-children.ts';

/**
 * Where an element stands: its path is `segments[0..length]`, `cursor` is that path's place in the
 * rules, and `typed` tells whether a type rule is defined at the path or any prefix of it.
 */
export interface XmlPlace {
  readonly length: number;
  readonly cursor: RuleCursor;
  readonly typed: boolean;
}

/** Work on the XML stack. */
export type XmlOp =
  | {
      readonly kind: 'element';
      readonly depth: number;
      readonly segment: string;
      readonly cursor: RuleCursor;
      readonly typed: boolean;
      readonly expected: XmlElement;
      readonly actual: XmlElement;
    }
  | {
      readonly kind: 'text';
      readonly depth: number;
      readonly cursor: RuleCursor;
      readonly expected: XmlElement;
      readonly actual: XmlElement;
    }
  | { readonly kind: 'emit'; readonly mismatch: Mismatch };

/** The state of one XML comparison. */
export interface XmlWalk {
  readonly context: MatchingContext;
  readonly segments: string[];
  readonly issues: Mismatch[];
}

/**
 * Compares two XML documents from their root elements.
 *
 * @example
 * compareXml(context, expectedRoot, actualRoot); // [{ path: '$.foo', message: "Expected 'foo' to be equal to 'bar'" }]
 */
export function compareXml(context: MatchingContext, expected: XmlElement, actual: XmlElement): Mismatch[] {
  const walk: XmlWalk = { context, segments: ['$'], issues: [] };
  const stack: XmlOp[] = [rootOp(context, expected, actual)];
  while (stack.length > 0) {
    const op = stack.pop() as XmlOp;
    if (op.kind === 'emit') walk.issues.push(op.mismatch);
    else if (op.kind === 'text') compareText(walk, op.depth, op.cursor, op.expected, op.actual);
    else {
      const ops = visitElement(walk, op, op.expected, op.actual);
      for (let i = ops.length - 1; i >= 0; i--) stack.push(ops[i] as XmlOp);
    }
  }
  return walk.issues;
}

function rootOp(context: MatchingContext, expected: XmlElement, actual: XmlElement): ElementOp {
  const segment = xmlName(expected);
  const empty = rootCursor(context.rules);
  const top = stepCursor(empty, '$');
  const cursor = stepCursor(top, segment);
  const typed = hasTypeRuleAt(empty) || hasTypeRuleAt(top) || hasTypeRuleAt(cursor);
  return { kind: 'element', depth: 1, segment, cursor, typed, expected, actual };
}

type ElementOp = Extract<XmlOp, { kind: 'element' }>;

function visitElement(walk: XmlWalk, op: ElementOp, expected: XmlElement, actual: XmlElement): XmlOp[] {
  walk.segments[op.depth] = op.segment;
  const place: XmlPlace = { length: op.depth + 1, cursor: op.cursor, typed: op.typed };
  const { selected } = op.cursor;
  const failures = selected
    ? applyRules(selected.list, (rule) => matchElementRule(rule, expected, actual, selected.cascaded))
    : [equalityMatcher.element?.({ match: 'equality' }, expected, actual, false)];
  let matched = true;
  for (const failure of failures) {
    if (failure === undefined) continue;
    const path = formatPath(walk.segments, place.length);
    walk.issues.push(mismatch('body', path, xmlName(expected), xmlName(actual), failure));
    matched = false;
  }
  if (!matched) return [];
  compareAttributes(walk, place, expected, actual);
  const text: XmlOp = { kind: 'text', depth: place.length, cursor: op.cursor, expected, actual };
  return [...childOps(walk, place, expected, actual), text];
}

function compareText(
  walk: XmlWalk,
  depth: number,
  elementCursor: RuleCursor,
  expected: XmlElement,
  actual: XmlElement,
): void {
  const expectedText = xmlText(expected);
  const actualText = xmlText(actual);
  const { selected } = stepCursor(elementCursor, '#text');
  const failures = selected
    ? applyRules(selected.list, (rule) => matchTextRule(rule, expectedText, actualText, selected.cascaded))
    : [equalText(expectedText, actualText)];
  for (const failure of failures) {
    if (failure === undefined) continue;
    walk.segments[depth] = '#text';
    const path = formatPath(walk.segments, depth + 1);
    walk.issues.push(mismatch('body', path, expectedText, actualText, failure));
  }
}
