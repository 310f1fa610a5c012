/** Body codecs shared by every capability: media types, JSON, XML, forms, multipart, UTF-8. */

export { detectContentType, detectTextContentType, sniffContentType } from './content-sniffing.ts';
export {
  baseContentType,
  type ContentType,
  formatContentType,
  parseContentType,
  UNKNOWN_CONTENT_TYPE,
} from './content-type.ts';
export {
  isBinaryContentType,
  isEquivalentContentType,
  isJsonContentType,
  isSchemaRegistryJsonContentType,
  isStrictXmlContentType,
  isTextContentType,
  isUnknownContentType,
  isXmlContentType,
  schemaRegistryPayload,
} from './content-type-kinds.ts';
export { decodeFormComponent, type FormPair, groupFormPairs, parseFormPairs } from './form.ts';
export { formatJsonNumber, parseJson, stringifyJson } from './json.ts';
export { parseJsonBytesCached } from './json-cache.ts';
export { jsonEquals } from './json-equality.ts';
export { type JsonParseResult, numberFromLiteral, parseJsonText } from './json-parser.ts';
export {
  isJsonDecimal,
  isJsonInteger,
  isJsonNumber,
  isJsonObject,
  type JsonArray,
  JsonFloat,
  type JsonObject,
  type JsonValue,
  jsonNumberValue,
  sortedKeys,
} from './json-value.ts';
export { detectMagicContentType } from './magic-bytes.ts';
export {
  type MultipartParseResult,
  type MultipartPart,
  multipartBoundary,
  parseDisposition,
  parseMultipart,
} from './multipart.ts';
export { decodeUtf8, decodeUtf8Lossy, encodeUtf8 } from './utf8.ts';
export {
  parseXml,
  type XmlElement,
  type XmlParseResult,
  xmlAttributes,
  xmlChildElements,
  xmlChildNodeCount,
  xmlName,
  xmlText,
} from './xml.ts';
