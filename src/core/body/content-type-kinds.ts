/** Predicates over media types, with the reference's notion of JSON, XML, text and binary. */
import type { ContentType } from './content-type.ts';

/**
 * JSON: `application/json`, `application/*+json`, `application/json-rpc`, `application/graphql`.
 *
 * @example
 * isJsonContentType(parseContentType('application/vnd.siren+json')!); // true
 */
export function isJsonContentType(contentType: ContentType): boolean {
  if (contentType.type !== 'application') return false;
  return (
    contentType.subtype.startsWith('json') ||
    contentType.suffix === 'json' ||
    contentType.subtype === 'graphql'
  );
}

/**
 * XML: `application/xml`, `text/xml` and any `+xml` suffix under those.
 *
 * @example
 * isXmlContentType(parseContentType('application/atom+xml')!); // true
 */
export function isXmlContentType(contentType: ContentType): boolean {
  const family = contentType.type === 'application' || contentType.type === 'text';
  return family && (contentType.subtype === 'xml' || contentType.suffix === 'xml');
}

/**
 * XML without a suffix (`application/xml`, `text/xml`).
 *
 * @example
 * isStrictXmlContentType(parseContentType('text/xml')!); // true
 */
export function isStrictXmlContentType(contentType: ContentType): boolean {
  return (contentType.type === 'application' || contentType.type === 'text') && contentType.subtype === 'xml';
}

/**
 * Text: any `text/*`, JSON or XML type.
 *
 * @example
 * isTextContentType(parseContentType('application/json')!); // true
 */
export function isTextContentType(contentType: ContentType): boolean {
  return contentType.type === 'text' || isXmlContentType(contentType) || isJsonContentType(contentType);
}

/**
 * Known binary families: audio, font, image, video.
 *
 * @example
 * isBinaryContentType(parseContentType('image/png')!); // true
 */
export function isBinaryContentType(contentType: ContentType): boolean {
  return ['audio', 'font', 'image', 'video'].includes(contentType.type);
}

/**
 * `*\/*` or a wildcard subtype: nobody said what the content is.
 *
 * @example
 * isUnknownContentType(UNKNOWN_CONTENT_TYPE); // true
 */
export function isUnknownContentType(contentType: ContentType): boolean {
  return contentType.type === '*' || contentType.subtype === '*';
}

/**
 * Whether `actual` is acceptable where `expected` was declared: parameters are ignored when the
 * expected type has none; strict XML types are interchangeable.
 *
 * @example
 * isEquivalentContentType(parseContentType('application/json')!, parseContentType('application/json;charset=utf-8')!); // true
 */
export function isEquivalentContentType(expected: ContentType, actual: ContentType): boolean {
  const noParameters = Object.keys(expected.parameters).length === 0;
  if (isStrictXmlContentType(expected) && isStrictXmlContentType(actual)) {
    return noParameters || sameParameters(expected, actual);
  }
  const sameType = expected.type === actual.type && expected.subtype === actual.subtype;
  if (noParameters) return sameType;
  return sameType && expected.suffix === actual.suffix && sameParameters(expected, actual);
}

function sameParameters(a: ContentType, b: ContentType): boolean {
  const names = Object.keys(a.parameters);
  if (names.length !== Object.keys(b.parameters).length) return false;
  return names.every((name) => a.parameters[name] === b.parameters[name]);
}
