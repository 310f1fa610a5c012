/**
 * Comparing the child elements of two XML elements, grouped by name. Under a type rule every actual
 * child is compared with the first expected one of its name; otherwise children pair up in order.
 */
import { type XmlElement, xmlChildElements, xmlName } from '../../core/index.ts';
import { mismatch } from '../mismatch.ts';
import { formatPath } from '../path-format.ts';
import { hasTypeRuleAt, stepCursor } from '../rule-selection.ts';
import type { XmlOp, XmlPlace, XmlWalk } from './xml-walker.ts';

function groupByName(elements: readonly XmlElement[]): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  for (const element of elements) {
    const name = xmlName(element);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [element]);
    else group.push(element);
  }
  return groups;
}

const sorted = (keys: Iterable<string>): string[] => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const describe = (elements: readonly XmlElement[]): string => elements.map(xmlName).join(', ');

/** What the comparison of one name group needs. */
interface GroupScope {
  readonly walk: XmlWalk;
  readonly place: XmlPlace;
  /** A mismatch at `segments[0..length]`, formatted now (the segments there are in place). */
  emit(length: number, message: string): XmlOp;
}

/**
 * The comparisons and mismatches for the children of the element at `place`, in order.
 *
 * @example
 * childOps(walk, place, expected, actual); // [{ kind: 'element', ... }, { kind: 'emit', mismatch: "Expected child <b/> but was missing" }]
 */
export function childOps(walk: XmlWalk, place: XmlPlace, expected: XmlElement, actual: XmlElement): XmlOp[] {
  const expectedChildren = xmlChildElements(expected);
  const actualChildren = xmlChildElements(actual);
  // Formatted only for a mismatch: formatting at every level would make deep nesting quadratic.
  const emit = (length: number, message: string): XmlOp => {
    const shown = [describe(expectedChildren), describe(actualChildren)] as const;
    return { kind: 'emit', mismatch: mismatch('body', formatPath(walk.segments, length), ...shown, message) };
  };
  if (expectedChildren.length === 0 && actualChildren.length > 0 && !walk.context.allowUnexpectedKeys) {
    return [emit(place.length, `Expected no children but received [${describe(actualChildren)}]`)];
  }
  const scope: GroupScope = { walk, place, emit };
  const expectedGroups = groupByName(expectedChildren);
  const actualGroups = groupByName(actualChildren);
  const ops: XmlOp[] = [];
  for (const name of sorted(actualGroups.keys())) {
    const expectedGroup = expectedGroups.get(name);
    expectedGroups.delete(name);
    for (const op of groupOps(scope, name, expectedGroup, actualGroups.get(name) as XmlElement[]))
      ops.push(op);
  }
  for (const name of sorted(expectedGroups.keys()))
    ops.push(emit(place.length, `Expected child <${name}/> but was missing`));
  return ops;
}

function groupOps(
  scope: GroupScope,
  name: string,
  expected: XmlElement[] | undefined,
  actual: XmlElement[],
): XmlOp[] {
  const { walk, place } = scope;
  const allow = walk.context.allowUnexpectedKeys;
  const cursor = stepCursor(place.cursor, name);
  const typed = place.typed || hasTypeRuleAt(cursor);
  if (expected === undefined)
    return !allow || typed ? [scope.emit(place.length, `Unexpected child <${name}/>`)] : [];
  const element = (e: XmlElement, a: XmlElement): XmlOp => ({
    kind: 'element',
    depth: place.length,
    segment: name,
    cursor,
    typed,
    expected: e,
    actual: a,
  });
  if (typed) return actual.map((child) => element(expected[0] as XmlElement, child));
  walk.segments[place.length] = name;
  const ops: XmlOp[] = [];
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const [e, a] = [expected[i], actual[i]];
    if (e !== undefined && a !== undefined) ops.push(element(e, a));
    else if (e !== undefined)
      ops.push(scope.emit(place.length + 1, `Expected child <${name}/> but was missing`));
    else if (!allow) ops.push(scope.emit(place.length + 1, `Unexpected child <${name}/>`));
  }
  return ops;
}
