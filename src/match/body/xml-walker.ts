/**
 * The XML comparison walk, iterative like the JSON one. An element matches when its name matches
 * (or the rules at its path accept it); then its attributes (`@name` paths), its child elements
 * grouped by name (`$.root.child`), and its text (`#text`) are compared, in that order.
 */
import { type XmlElement, xmlName, xmlText } from '../../core/index.ts';
import { applyRules } from '../apply-rules.ts';
import { equalityMatcher, equalText } from '../matchers/equality.ts';
import { matchElementRule, matchTextRule } from '../matchers/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import { formatPath } from '../path-format.ts';
import { selectRules } from '../rule-selection.ts';
import { compareAttributes } from './xml-attributes.ts';
import { childOps } from './xml-children.ts';

/** Work on the XML stack. */
export type XmlOp =
  | {
      readonly kind: 'element';
      readonly depth: number;
      readonly segment: string;
      readonly expected: XmlElement;
      readonly actual: XmlElement;
    }
  | {
      readonly kind: 'text';
      readonly depth: number;
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
  const stack: XmlOp[] = [{ kind: 'element', depth: 1, segment: xmlName(expected), expected, actual }];
  while (stack.length > 0) {
    const op = stack.pop() as XmlOp;
    if (op.kind === 'emit') walk.issues.push(op.mismatch);
    else if (op.kind === 'text') compareText(walk, op.depth, op.expected, op.actual);
    else {
      const ops = visitElement(walk, op.depth, op.segment, op.expected, op.actual);
      for (let i = ops.length - 1; i >= 0; i--) stack.push(ops[i] as XmlOp);
    }
  }
  return walk.issues;
}

function visitElement(
  walk: XmlWalk,
  depth: number,
  segment: string,
  expected: XmlElement,
  actual: XmlElement,
): XmlOp[] {
  walk.segments[depth] = segment;
  const length = depth + 1;
  const selected = selectRules(walk.context.rules, walk.segments, length);
  const failures = selected
    ? applyRules(selected.list, (rule) => matchElementRule(rule, expected, actual, selected.cascaded))
    : [equalityMatcher.element?.({ match: 'equality' }, expected, actual, false)];
  const path = formatPath(walk.segments, length);
  let matched = true;
  for (const failure of failures) {
    if (failure === undefined) continue;
    walk.issues.push(mismatch('body', path, xmlName(expected), xmlName(actual), failure));
    matched = false;
  }
  if (!matched) return [];
  compareAttributes(walk, length, expected, actual);
  return [...childOps(walk, length, expected, actual), { kind: 'text', depth: length, expected, actual }];
}

function compareText(walk: XmlWalk, depth: number, expected: XmlElement, actual: XmlElement): void {
  walk.segments[depth] = '#text';
  const length = depth + 1;
  const expectedText = xmlText(expected);
  const actualText = xmlText(actual);
  const selected = selectRules(walk.context.rules, walk.segments, length);
  const failures = selected
    ? applyRules(selected.list, (rule) => matchTextRule(rule, expectedText, actualText, selected.cascaded))
    : [equalText(expectedText, actualText)];
  const path = formatPath(walk.segments, length);
  for (const failure of failures) {
    if (failure !== undefined) walk.issues.push(mismatch('body', path, expectedText, actualText, failure));
  }
}
