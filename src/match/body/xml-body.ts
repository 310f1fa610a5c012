/** XML bodies: parse both sides (reporting either that does not parse), then walk them. */
import { decodeUtf8Lossy, parseXml } from '../../core/index.ts';
import { type MatchingContext, withRules } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import { rulesForXml } from '../rule-selection.ts';
import { compareXml } from './xml-walker.ts';

/**
 * Compares XML body bytes.
 *
 * @example
 * matchXmlBody(encodeUtf8('<a/>'), encodeUtf8('<b/>'), context); // [{ path: '$.a', message: "Expected 'a' to be equal to 'b'" }]
 */
export function matchXmlBody(expected: Uint8Array, actual: Uint8Array, context: MatchingContext): Mismatch[] {
  const expectedText = decodeUtf8Lossy(expected);
  const actualText = decodeUtf8Lossy(actual);
  const expectedXml = parseXml(expectedText);
  const actualXml = parseXml(actualText);
  const issues: Mismatch[] = [];
  if (!expectedXml.ok) {
    issues.push(
      mismatch(
        'body',
        '$',
        expectedText,
        actualText,
        `Failed to parse the expected body: '${expectedXml.error}'`,
      ),
    );
  }
  if (!actualXml.ok) {
    issues.push(
      mismatch(
        'body',
        '$',
        expectedText,
        actualText,
        `Failed to parse the actual body: '${actualXml.error}'`,
      ),
    );
  }
  if (!expectedXml.ok || !actualXml.ok) return issues;
  return compareXml(withRules(context, rulesForXml(context.rules)), expectedXml.root, actualXml.root);
}
