/**
 * Comparing the child elements of two XML elements, grouped by name. Under a type rule every actual
 * child is compared with the first expected one of its name; otherwise children pair up in order.
 */
import { type XmlElement, xmlChildElements, xmlName } from '../../core/index.ts';
import { mismatch } from '../mismatch.ts';
import { formatPath } from '../path-format.ts';
import { typeMatcherDefined } from '../rule-selection.ts';
import type { XmlOp, XmlWalk } from './xml-walker.ts';

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
  readonly length: number;
  readonly path: string;
  emit(at: string, message: string): XmlOp;
}

/**
 * The comparisons and mismatches for the children of the element at `segments[0..length]`, in order.
 *
 * @example
 * childOps(walk, 2, expected, actual); // [{ kind: 'element', ... }, { kind: 'emit', mismatch: "Expected child <b/> but was missing" }]
 */
export function childOps(walk: XmlWalk, length: number, expected: XmlElement, actual: XmlElement): XmlOp[] {
  const expectedChildren = xmlChildElements(expected);
  const actualChildren = xmlChildElements(actual);
  const path = formatPath(walk.segments, length);
  const shown = [describe(expectedChildren), describe(actualChildren)] as const;
  const scope: GroupScope = {
    walk,
    length,
    path,
    emit: (at, message) => ({ kind: 'emit', mismatch: mismatch('body', at, ...shown, message) }),
  };
  if (expectedChildren.length === 0 && actualChildren.length > 0 && !walk.context.allowUnexpectedKeys) {
    return [scope.emit(path, `Expected no children but received [${shown[1]}]`)];
  }
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
    ops.push(scope.emit(path, `Expected child <${name}/> but was missing`));
  return ops;
}

function groupOps(
  scope: GroupScope,
  name: string,
  expected: XmlElement[] | undefined,
  actual: XmlElement[],
): XmlOp[] {
  const { walk, length } = scope;
  const allow = walk.context.allowUnexpectedKeys;
  walk.segments[length] = name;
  const typed = typeMatcherDefined(walk.context.rules, walk.segments, length + 1);
  if (expected === undefined)
    return !allow || typed ? [scope.emit(scope.path, `Unexpected child <${name}/>`)] : [];
  const element = (e: XmlElement, a: XmlElement): XmlOp => ({
    kind: 'element',
    depth: length,
    segment: name,
    expected: e,
    actual: a,
  });
  if (typed) return actual.map((child) => element(expected[0] as XmlElement, child));
  const childPath = formatPath(walk.segments, length + 1);
  const ops: XmlOp[] = [];
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const [e, a] = [expected[i], actual[i]];
    if (e !== undefined && a !== undefined) ops.push(element(e, a));
    else if (e !== undefined) ops.push(scope.emit(childPath, `Expected child <${name}/> but was missing`));
    else if (!allow) ops.push(scope.emit(childPath, `Unexpected child <${name}/>`));
  }
  return ops;
}
