/** Comparing the attributes of two XML elements (paths `$.element['@name']`). */
import { type XmlElement, xmlAttributes } from '../../core/index.ts';
import { applyRules } from '../apply-rules.ts';
import { equalText } from '../matchers/equality.ts';
import { matchTextRule } from '../matchers/index.ts';
import { mismatch } from '../mismatch.ts';
import { debugStringMap } from '../mismatch-messages.ts';
import { formatPath, joinPath } from '../path-format.ts';
import { stepCursor } from '../rule-selection.ts';
import type { XmlPlace, XmlWalk } from './xml-walker.ts';

/**
 * Reports attribute differences of the element at `place`.
 *
 * @example
 * compareAttributes(walk, place, expected, actual); // "Expected attribute 'c'='b' but was missing"
 */
export function compareAttributes(
  walk: XmlWalk,
  place: XmlPlace,
  expected: XmlElement,
  actual: XmlElement,
): void {
  const expectedAttributes = xmlAttributes(expected);
  const actualAttributes = xmlAttributes(actual);
  // Formatted only for a mismatch: formatting at every level would make deep nesting quadratic.
  const path = () => formatPath(walk.segments, place.length);
  const shown = [debugStringMap(expectedAttributes), debugStringMap(actualAttributes)] as const;
  const allow = walk.context.allowUnexpectedKeys;
  if (expectedAttributes.size === 0 && actualAttributes.size > 0 && !allow) {
    walk.issues.push(
      mismatch('body', path(), ...shown, `Did not expect any attributes but received ${shown[1]}`),
    );
    return;
  }
  const counts = `${expectedAttributes.size} attribute(s) but received ${actualAttributes.size} attribute(s)`;
  if (allow && expectedAttributes.size > actualAttributes.size) {
    walk.issues.push(mismatch('body', path(), ...shown, `Expected at least ${counts}`));
  } else if (!allow && expectedAttributes.size !== actualAttributes.size) {
    walk.issues.push(mismatch('body', path(), ...shown, `Expected ${counts}`));
  }
  for (const [name, value] of expectedAttributes) {
    const segment = `@${name}`;
    const actualValue = actualAttributes.get(name);
    if (actualValue === undefined) {
      const message = `Expected attribute '${name}'='${value}' but was missing`;
      walk.issues.push(mismatch('body', joinPath(path(), segment), name, undefined, message));
      continue;
    }
    const { selected } = stepCursor(place.cursor, segment);
    const failures = selected
      ? applyRules(selected.list, (rule) => matchTextRule(rule, value, actualValue, selected.cascaded))
      : [equalText(value, actualValue)];
    for (const failure of failures) {
      if (failure !== undefined)
        walk.issues.push(mismatch('body', joinPath(path(), segment), value, actualValue, failure));
    }
  }
}
