/** Comparing the attributes of two XML elements (paths `$.element['@name']`). */
import { type XmlElement, xmlAttributes } from '../../core/index.ts';
import { applyRules } from '../apply-rules.ts';
import { equalText } from '../matchers/equality.ts';
import { matchTextRule } from '../matchers/index.ts';
import { mismatch } from '../mismatch.ts';
import { debugStringMap } from '../mismatch-messages.ts';
import { formatPath } from '../path-format.ts';
import { selectRules } from '../rule-selection.ts';
import type { XmlWalk } from './xml-walker.ts';

/**
 * Reports attribute differences of the element at `segments[0..length]`.
 *
 * @example
 * compareAttributes(walk, 2, expected, actual); // "Expected attribute 'c'='b' but was missing"
 */
export function compareAttributes(
  walk: XmlWalk,
  length: number,
  expected: XmlElement,
  actual: XmlElement,
): void {
  const expectedAttributes = xmlAttributes(expected);
  const actualAttributes = xmlAttributes(actual);
  const path = formatPath(walk.segments, length);
  const shown = [debugStringMap(expectedAttributes), debugStringMap(actualAttributes)] as const;
  const allow = walk.context.allowUnexpectedKeys;
  if (expectedAttributes.size === 0 && actualAttributes.size > 0 && !allow) {
    walk.issues.push(
      mismatch('body', path, ...shown, `Did not expect any attributes but received ${shown[1]}`),
    );
    return;
  }
  const counts = `${expectedAttributes.size} attribute(s) but received ${actualAttributes.size} attribute(s)`;
  if (allow && expectedAttributes.size > actualAttributes.size) {
    walk.issues.push(mismatch('body', path, ...shown, `Expected at least ${counts}`));
  } else if (!allow && expectedAttributes.size !== actualAttributes.size) {
    walk.issues.push(mismatch('body', path, ...shown, `Expected ${counts}`));
  }
  for (const [name, value] of expectedAttributes) {
    walk.segments[length] = `@${name}`;
    const attributePath = formatPath(walk.segments, length + 1);
    const actualValue = actualAttributes.get(name);
    if (actualValue === undefined) {
      const message = `Expected attribute '${name}'='${value}' but was missing`;
      walk.issues.push(mismatch('body', attributePath, name, undefined, message));
      continue;
    }
    const selected = selectRules(walk.context.rules, walk.segments, length + 1);
    const failures = selected
      ? applyRules(selected.list, (rule) => matchTextRule(rule, value, actualValue, selected.cascaded))
      : [equalText(value, actualValue)];
    for (const failure of failures) {
      if (failure !== undefined)
        walk.issues.push(mismatch('body', attributePath, value, actualValue, failure));
    }
  }
}
