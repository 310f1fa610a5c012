/** XML bodies: parse both sides (reporting either that does not parse), then walk them. */
import { decodeUtf8Lossy, parseXml, type XmlElement } from '../../core/index.ts';
import { type MatchingContext, withRules } from '../matching-context.ts';
import type { Mismatch } from '../model.ts';
import { rulesForXml } from '../rule-selection.ts';
import { parseBoth } from './parse-both.ts';
import { compareXml } from './xml-walker.ts';

const parse = (bytes: Uint8Array) => {
  const result = parseXml(decodeUtf8Lossy(bytes));
  return result.ok ? { ok: true as const, value: result.root } : result;
};

/**
 * Compares XML body bytes.
 *
 * @example
 * matchXmlBody(encodeUtf8('<a/>'), encodeUtf8('<b/>'), context); // [{ path: '$.a', message: "Expected 'a' to be equal to 'b'" }]
 */
export function matchXmlBody(expected: Uint8Array, actual: Uint8Array, context: MatchingContext): Mismatch[] {
  const parsed = parseBoth<XmlElement>(expected, actual, parse);
  if ('issues' in parsed) return parsed.issues;
  return compareXml(withRules(context, rulesForXml(context.rules)), ...parsed.values);
}
