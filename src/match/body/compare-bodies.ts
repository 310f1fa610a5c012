/**
 * Choosing how to compare two present bodies from the expected media type: JSON (schema-registry
 * JSON after its 5-byte header), XML, multipart, form, binary, else text (binary too when a
 * `contentType` rule sits at `$`).
 */
import {
  baseContentType,
  type ContentType,
  formatContentType,
  isBinaryContentType,
  isJsonContentType,
  isSchemaRegistryJsonContentType,
  isXmlContentType,
  schemaRegistryPayload,
  UNKNOWN_CONTENT_TYPE,
} from '../../core/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import type { Mismatch } from '../model.ts';
import { selectRules } from '../rule-selection.ts';
import { matchBinaryBody } from './binary-body.ts';
import { matchFormBody } from './form-body.ts';
import { matchJsonBody } from './json-body.ts';
import { matchMultipartBody } from './multipart-body.ts';
import { matchTextBody } from './text-body.ts';
import { matchXmlBody } from './xml-body.ts';

/** A body with its media type (and, for multipart, the boundary source). */
export interface TypedBody {
  readonly content: Uint8Array;
  readonly contentType: ContentType | undefined;
}

/**
 * Compares two bodies as their expected media type says.
 *
 * @example
 * compareBodies(json, { content: a, contentType: json }, { content: b, contentType: json }, context);
 */
export function compareBodies(
  type: ContentType,
  expected: TypedBody,
  actual: TypedBody,
  context: MatchingContext,
): Mismatch[] {
  if (isSchemaRegistryJsonContentType(type))
    return matchJsonBody(
      schemaRegistryPayload(expected.content),
      schemaRegistryPayload(actual.content),
      context,
    );
  if (isJsonContentType(type)) return matchJsonBody(expected.content, actual.content, context);
  if (isXmlContentType(type)) return matchXmlBody(expected.content, actual.content, context);
  if (type.type === 'multipart') return matchMultipartBody(expected, actual, context);
  if (formatContentType(baseContentType(type)) === 'application/x-www-form-urlencoded') {
    return matchFormBody(expected.content, actual.content, context);
  }
  if (
    isBinaryContentType(type) ||
    formatContentType(baseContentType(type)) === 'application/octet-stream' ||
    hasContentTypeRule(context)
  ) {
    return matchBinaryBody(
      expected.content,
      actual.content,
      context,
      expected.contentType ?? UNKNOWN_CONTENT_TYPE,
      actual.contentType ?? UNKNOWN_CONTENT_TYPE,
    );
  }
  return matchTextBody(expected.content, actual.content, context);
}

function hasContentTypeRule(context: MatchingContext): boolean {
  return (
    selectRules(context.rules, ['$'], 1)?.list.rules.some((rule) => rule.match === 'contentType') ?? false
  );
}
