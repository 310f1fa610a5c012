/**
 * Body matching: media types must agree (or one side be unknown, or a Content-Type rule accept the
 * actual type), then the body states (missing: anything goes; empty or null: must be empty), then the
 * contents by media type.
 */
import {
  baseContentType,
  type ContentType,
  formatContentType,
  isEquivalentContentType,
  isUnknownContentType,
  UNKNOWN_CONTENT_TYPE,
} from '../../core/index.ts';
import { matchHeaderValue } from '../header-value.ts';
import type { MatchingContext } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Body, Headers, Mismatch } from '../model.ts';
import { selectRules } from '../rule-selection.ts';
import { compareBodies } from './compare-bodies.ts';
import { bodyBytes, describeBody, partContentType } from './part-content-type.ts';

const ROOT = ['$'];

/** A body with the headers that describe it. */
export interface BodyPart {
  readonly body: Body;
  readonly headers?: Headers | undefined;
}

/**
 * Compares the bodies of two HTTP parts.
 *
 * @example
 * compareHttpBodies({ body: json('{"a":1}') }, { body: json('{"a":2}') }, bodyContext, headerContext);
 */
export function compareHttpBodies(
  expected: BodyPart,
  actual: BodyPart,
  context: MatchingContext,
  headerContext: MatchingContext,
): Mismatch[] {
  const expectedType = partContentType(expected.headers, expected.body) ?? UNKNOWN_CONTENT_TYPE;
  const actualType = partContentType(actual.headers, actual.body) ?? UNKNOWN_CONTENT_TYPE;
  if (typesAgree(expectedType, actualType, headerContext)) {
    return compareBodyStates(expectedType, expected.body, actualType, actual.body, context);
  }
  if (expected.body.state !== 'present') return [];
  const [e, a] = [formatContentType(expectedType), formatContentType(actualType)];
  return [
    mismatch('body-type', '$', e, a, `Expected a body of '${e}' but the actual content type was '${a}'`),
  ];
}

function typesAgree(expected: ContentType, actual: ContentType, headerContext: MatchingContext): boolean {
  if (isUnknownContentType(expected) || isUnknownContentType(actual)) return true;
  if (isEquivalentContentType(expected, actual) || isEquivalentContentType(expected, baseContentType(actual)))
    return true;
  if (selectRules(headerContext.rules, ['$', 'content-type'], 2) === undefined) return false;
  const [e, a] = [formatContentType(expected), formatContentType(actual)];
  return matchHeaderValue('Content-Type', 0, e, a, headerContext, true).length === 0;
}

/**
 * Compares bodies by state, then by contents as `type` says.
 *
 * @example
 * compareBodyStates(json, { state: 'empty' }, json, present, context); // "Expected empty body but received Present(2 bytes)"
 */
export function compareBodyStates(
  type: ContentType,
  expected: Body,
  actualType: ContentType,
  actual: Body,
  context: MatchingContext,
): Mismatch[] {
  if (expected.state === 'missing') return [];
  if (expected.state === 'null' || expected.state === 'empty') {
    if (actual.state !== 'present') return [];
    return [
      mismatch(
        'body',
        '$',
        undefined,
        describeBody(actual),
        `Expected empty body but received ${describeBody(actual)}`,
      ),
    ];
  }
  // An empty actual body is zero bytes to rules at `$` (notEmpty, contentType): they say why it fails.
  const rootRules = selectRules(context.rules, ROOT, 1) !== undefined;
  if (actual.state === 'missing' || (actual.state === 'empty' && !rootRules)) {
    const message = `Expected body ${describeBody(expected)} but was ${actual.state}`;
    return [mismatch('body', '$', describeBody(expected), undefined, message)];
  }
  return compareBodies(
    type,
    { content: bodyBytes(expected), contentType: type },
    { content: bodyBytes(actual), contentType: actualType },
    context,
  );
}
