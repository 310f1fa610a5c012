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
  const allow = walk.context.allowUnexpectedKeys;
  const emit = (at: string, message: string): XmlOp => ({
    kind: 'emit',
    mismatch: mismatch('body', at, ...shown, message),
  });
  if (expectedChildren.length === 0 && actualChildren.length > 0 && !allow) {
    return [emit(path, `Expected no children but received [${shown[1]}]`)];
  }
  const expectedGroups = groupByName(expectedChildren);
  const actualGroups = groupByName(actualChildren);
  const ops: XmlOp[] = [];
  for (const name of sorted(actualGroups.keys())) {
    const group = actualGroups.get(name) as XmlElement[];
    walk.segments[length] = name;
    const typed = typeMatcherDefined(walk.context.rules, walk.segments, length + 1);
    const childPath = formatPath(walk.segments, length + 1);
    const expectedGroup = expectedGroups.get(name);
    expectedGroups.delete(name);
    if (expectedGroup === undefined) {
      if (!allow || typed) ops.push(emit(path, `Unexpected child <${name}/>`));
      continue;
    }
    const element = (expected: XmlElement, actual: XmlElement): XmlOp => ({
      kind: 'element',
      depth: length,
      segment: name,
      expected,
      actual,
    });
    if (typed) {
      for (const child of group) ops.push(element(expectedGroup[0] as XmlElement, child));
      continue;
    }
    for (let i = 0; i < Math.max(expectedGroup.length, group.length); i++) {
      const [e, a] = [expectedGroup[i], group[i]];
      if (e !== undefined && a !== undefined) ops.push(element(e, a));
      else if (e !== undefined) ops.push(emit(childPath, `Expected child <${name}/> but was missing`));
      else if (!allow) ops.push(emit(childPath, `Unexpected child <${name}/>`));
    }
  }
  for (const name of sorted(expectedGroups.keys()))
    ops.push(emit(path, `Expected child <${name}/> but was missing`));
  return ops;
}
