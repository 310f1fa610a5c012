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
 * The Confluent schema registry's JSON (`application/vnd.schemaregistry.v1+json`): JSON bodies
 * that may start with the registry's 5-byte header (a zero magic byte and a 4-byte schema id).
 *
 * @example
 * isSchemaRegistryJsonContentType(parseContentType('application/vnd.schemaregistry.v1+json')!); // true
 */
export function isSchemaRegistryJsonContentType(contentType: ContentType): boolean {
  return (
    contentType.type === 'application' &&
    contentType.suffix === 'json' &&
    /^vnd\.schemaregistry(\.v\d+)?$/.test(contentType.subtype)
  );
}

/**
 * The JSON of a schema-registry body: the bytes after the 5-byte header when it is there (first
 * byte zero), else the bytes as they are.
 *
 * @example
 * schemaRegistryPayload(Uint8Array.of(0, 0, 0, 0, 2, 123, 125)); // the bytes of '{}'
 */
export function schemaRegistryPayload(bytes: Uint8Array): Uint8Array {
  return bytes.length >= 5 && bytes[0] === 0 ? bytes.subarray(5) : bytes;
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
