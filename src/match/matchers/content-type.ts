/**
 * The `contentType` rule: binary content must be of the given media type, detected from its bytes
 * (magic numbers for common binary formats, then JSON/XML/HTML/text sniffing for text).
 */
import {
  detectContentType,
  encodeUtf8,
  formatContentType,
  type JsonValue,
  parseContentType,
  sniffContentType,
  stringifyJson,
} from '../../core/index.ts';
import type { MatchingRule } from '../model.ts';
import { matches, type RuleMatcher, type Verdict } from './rule-matcher.ts';

type ContentTypeRule = Extract<MatchingRule, { match: 'contentType' }>;

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const mismatchText = (expected: string, detected: string) =>
  `Expected binary contents to have content type '${expected}' but detected contents was '${detected}'`;

/**
 * Checks that `data` is of the media type `expected`.
 *
 * @example
 * matchContentType(new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'image/jpeg');
 * // "Expected binary contents to have content type 'image/jpeg' but detected contents was 'application/pdf'"
 */
export function matchContentType(data: Uint8Array, expected: string): Verdict {
  const detected = sniffContentType(data);
  if (detected === expected) return undefined;
  if (detected !== 'text/plain') return mismatchText(expected, detected);
  const fromText = detectContentType(data);
  if (fromText === undefined) return mismatchText(expected, detected);
  const wanted = parseContentType(expected);
  const same = wanted !== undefined && formatContentType(wanted) === formatContentType(fromText);
  return same ? undefined : mismatchText(expected, formatContentType(fromText));
}

function jsonData(value: JsonValue): Uint8Array {
  if (typeof value === 'string') {
    return STRICT_BASE64.test(value) ? new Uint8Array(Buffer.from(value, 'base64')) : encodeUtf8(value);
  }
  return encodeUtf8(stringifyJson(value));
}

/** Checks for `{ match: 'contentType', value }`. */
export const contentTypeMatcher: RuleMatcher<ContentTypeRule> = {
  text: (rule, _expected, actual) => matchContentType(encodeUtf8(actual), rule.value),
  json: (rule, _expected, actual) => {
    const failure = matchContentType(jsonData(actual), rule.value);
    return failure === undefined
      ? undefined
      : `Failed to match data to have a content type of '${rule.value}': ${failure}`;
  },
  bytes: (rule, _expected, actual) => matchContentType(actual, rule.value),
  list: matches,
};
