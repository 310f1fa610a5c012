/** Comparing one multipart part with another: its headers, then its content as a field or a file. */
import {
  baseContentType,
  type ContentType,
  decodeUtf8Lossy,
  formatContentType,
  isEquivalentContentType,
  isUnknownContentType,
  type MultipartPart,
  parseContentType,
  UNKNOWN_CONTENT_TYPE,
} from '../../core/index.ts';
import { applyRules } from '../apply-rules.ts';
import { equalText } from '../matchers/equality.ts';
import { matchTextRule } from '../matchers/index.ts';
import { type MatchingContext, withRules } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import { formatPath } from '../path-format.ts';
import { type CompiledRules, pathWeight, selectRules } from '../rule-selection.ts';
import { compareBodies } from './compare-bodies.ts';

const IGNORED_WHEN_MISSING = new Set(['content-type', 'content-disposition', 'content-transfer-encoding']);

function partSegments(part: MultipartPart): string[] {
  return ['$', part.name === '' ? String(part.index) : part.name];
}

function decoded(part: MultipartPart): Uint8Array {
  if (part.headers['content-transfer-encoding']?.toLowerCase() !== 'base64') return part.data;
  return new Uint8Array(Buffer.from(decodeUtf8Lossy(part.data), 'base64'));
}

function matchPartHeaders(
  expected: MultipartPart,
  actual: MultipartPart,
  context: MatchingContext,
): Mismatch[] {
  const segments = partSegments(expected);
  const issues: Mismatch[] = [];
  for (const [name, value] of Object.entries(expected.headers)) {
    const keySegments = [...segments, name];
    const path = formatPath(keySegments);
    const actualValue = actual.headers[name];
    if (actualValue === undefined) {
      if (IGNORED_WHEN_MISSING.has(name)) continue;
      const message = `MIME part '${segments[1]}': Expected multipart header '${name}' with value '${value}' but was missing`;
      issues.push(mismatch('body', path, value, undefined, message));
      continue;
    }
    const selected = selectRules(context.rules, keySegments, keySegments.length);
    const direct = selected !== undefined && !selected.cascaded;
    const failures = direct
      ? applyRules(selected.list, (rule) => matchTextRule(rule, value, actualValue, false))
      : name === 'content-disposition'
        ? []
        : [equalText(value, actualValue)].filter((f) => f !== undefined).map((f) => `header '${name}': ${f}`);
    for (const failure of failures) {
      issues.push(mismatch('body', path, value, actualValue, `MIME part '${segments[1]}': ${failure}`));
    }
  }
  return issues;
}

/**
 * Compares two form fields.
 *
 * @example
 * matchFieldPart(expected, actual, context); // [{ path: '$.name', message: "MIME part 'name': Expected 'b' to be equal to 'a'" }]
 */
export function matchFieldPart(
  expected: MultipartPart,
  actual: MultipartPart,
  context: MatchingContext,
): Mismatch[] {
  const segments = partSegments(expected);
  const path = formatPath(segments);
  const [expectedText, actualText] = [decodeUtf8Lossy(decoded(expected)), decodeUtf8Lossy(decoded(actual))];
  const selected = selectRules(context.rules, segments, 2);
  const failures = selected
    ? applyRules(selected.list, (rule) => matchTextRule(rule, expectedText, actualText, selected.cascaded))
    : [equalText(expectedText, actualText)]
        .filter((f) => f !== undefined)
        .map((f) => `MIME part '${segments[1]}': ${f}`);
  const own = failures.map((failure) => mismatch('body', path, expectedText, actualText, failure));
  return [...matchPartHeaders(expected, actual, context), ...own];
}

/**
 * Compares two file parts as bodies of their declared media type.
 *
 * @example
 * matchFilePart(expected, actual, context); // [{ message: "MIME part 'file': Expected body ..." }]
 */
export function matchFilePart(
  expected: MultipartPart,
  actual: MultipartPart,
  context: MatchingContext,
): Mismatch[] {
  const segments = partSegments(expected);
  const name = segments[1] as string;
  const typeOf = (part: MultipartPart): ContentType =>
    (part.contentType === undefined ? undefined : parseContentType(part.contentType)) ?? UNKNOWN_CONTENT_TYPE;
  const [expectedType, actualType] = [typeOf(expected), typeOf(actual)];
  const headers = matchPartHeaders(expected, actual, context);
  const compatible =
    isUnknownContentType(expectedType) ||
    isUnknownContentType(actualType) ||
    isEquivalentContentType(expectedType, actualType) ||
    isEquivalentContentType(expectedType, baseContentType(actualType));
  if (!compatible) {
    const message = `MIME part '${name}': Expected a body of '${formatContentType(expectedType)}' but the actual content type was '${formatContentType(actualType)}'`;
    return [
      ...headers,
      mismatch('body-type', '$', formatContentType(expectedType), formatContentType(actualType), message),
    ];
  }
  const partContext = withRules(context, rulesBelow(context.rules, segments));
  const content = compareBodies(
    expectedType,
    { content: decoded(expected), contentType: expectedType },
    { content: decoded(actual), contentType: actualType },
    partContext,
  );
  return [
    ...headers,
    ...content.map((issue) => ({ ...issue, message: `MIME part '${name}': ${issue.message}` })),
  ];
}

/** The rules under a part's path, re-rooted at `$` (`$.file.a` → `$.a`). */
function rulesBelow(rules: CompiledRules, segments: readonly string[]): CompiledRules {
  const entries = rules.entries
    .filter(
      (entry) =>
        entry.tokens.length >= segments.length &&
        pathWeight(entry.tokens.slice(0, segments.length), segments, segments.length) > 0,
    )
    .map((entry) => ({
      tokens: [{ kind: 'root' as const }, ...entry.tokens.slice(segments.length)],
      list: entry.list,
    }));
  return { entries };
}
