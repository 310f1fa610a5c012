/**
 * Guessing the media type of content that does not declare one, as the Pact reference does: the
 * first 32 bytes must be UTF-8, then XML, HTML and JSON openings are recognised, anything else is text.
 */
import type { ContentType } from './content-type.ts';
import { detectMagicContentType } from './magic-bytes.ts';
import { decodeUtf8 } from './utf8.ts';

const XML_DECLARATION = /^\s*<\?xml\s*version/;
const HTML_OPENING = /^(?:\s*<!DOCTYPE|<HTML>)/;
const XML_ELEMENT = /^\s*<\w+\s*(?::\w+=["”][^"”]+["”])?/;
const JSON_OPENING = /^\s*(?:true|false|null|[0-9]+|"\w*|\{\s*(?:}|"\w+)|\[\s*)/;

const simple = (type: string, subtype: string): ContentType => ({ type, subtype, parameters: {} });

/**
 * The media type the text looks like (`application/xml`, `text/html`, `application/json` or
 * `text/plain`).
 *
 * @example
 * detectTextContentType('{"a": 1}'); // application/json
 */
export function detectTextContentType(text: string): ContentType {
  if (XML_DECLARATION.test(text)) return simple('application', 'xml');
  if (HTML_OPENING.test(text.toUpperCase())) return simple('text', 'html');
  if (XML_ELEMENT.test(text)) return simple('application', 'xml');
  if (JSON_OPENING.test(text)) return simple('application', 'json');
  return simple('text', 'plain');
}

/**
 * Guesses the media type from the first 32 bytes; `undefined` when they are not UTF-8.
 *
 * @example
 * detectContentType(new TextEncoder().encode('<?xml version="1.0"?><a/>')); // application/xml
 */
export function detectContentType(bytes: Uint8Array): ContentType | undefined {
  const head = decodeUtf8(bytes.length > 32 ? bytes.subarray(0, 32) : bytes);
  return head === undefined ? undefined : detectTextContentType(head);
}

/**
 * What the content is, for the `contentType` rule: a known binary signature, else `text/plain` for
 * UTF-8, else `application/octet-stream`.
 *
 * @example
 * sniffContentType(new Uint8Array([0x25, 0x50, 0x44, 0x46])); // 'application/pdf'
 */
export function sniffContentType(bytes: Uint8Array): string {
  const magic = detectMagicContentType(bytes);
  if (magic !== undefined) return magic;
  if (bytes.length > 0 && decodeUtf8(bytes) !== undefined) return 'text/plain';
  return 'application/octet-stream';
}
