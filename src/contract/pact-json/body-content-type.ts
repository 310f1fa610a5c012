/**
 * Content-type classification as pact files need it when reading and writing bodies: is a type
 * JSON, text, or binary, and what does a string body look like when nothing says.
 */
import type { Headers } from '../../match/index.ts';

function baseType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * True for `application/json`, `*+json` and other JSON media types.
 *
 * @example
 * isJsonContentType('application/hal+json; charset=utf-8'); // true
 */
export function isJsonContentType(contentType: string): boolean {
  const base = baseType(contentType);
  const subtype = base.split('/')[1] ?? '';
  return subtype === 'json' || subtype.endsWith('+json') || subtype === 'x-json';
}

/**
 * True for content types whose bodies are text: `text/*`, JSON, XML, JavaScript, form data.
 *
 * @example
 * isTextContentType('application/xml'); // true
 * isTextContentType('image/png'); // false
 */
export function isTextContentType(contentType: string): boolean {
  const base = baseType(contentType);
  const [main = '', subtype = ''] = base.split('/');
  if (main === 'text' || isJsonContentType(base)) return true;
  if (subtype === 'xml' || subtype.endsWith('+xml')) return true;
  return ['javascript', 'x-javascript', 'x-www-form-urlencoded', 'graphql', 'yaml', 'x-yaml'].includes(
    subtype,
  );
}

/**
 * Guesses the content type of a string body with no declared type, as the Rust reference does:
 * JSON, XML, HTML, else plain text.
 *
 * @example
 * detectContentType('{"a":1}'); // 'application/json'
 */
export function detectContentType(text: string): string {
  const trimmed = text.trim();
  if (looksLikeJson(trimmed)) return 'application/json';
  if (/^<\?xml/i.test(trimmed)) return 'application/xml';
  if (/^<html/i.test(trimmed) || /^<!doctype html/i.test(trimmed)) return 'text/html';
  if (/^<[A-Za-z_][\w.-]*(\s[^>]*)?\/?>/.test(trimmed)) return 'application/xml';
  return 'text/plain';
}

function looksLikeJson(text: string): boolean {
  if (!/^[{["]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first value of a header, looked up without regard to case.
 *
 * @example
 * headerValue({ 'content-type': ['text/plain'] }, 'Content-Type'); // 'text/plain'
 */
export function headerValue(headers: Headers | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, values] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return values[0];
  }
  return undefined;
}

/**
 * The content type declared in message metadata (`contentType` or `content-type`, any case).
 *
 * @example
 * metadataContentType({ contentType: 'application/json' }); // 'application/json'
 */
export function metadataContentType(
  metadata: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  if (metadata === undefined) return undefined;
  for (const [key, value] of Object.entries(metadata)) {
    const lower = key.toLowerCase();
    if ((lower === 'contenttype' || lower === 'content-type') && typeof value === 'string') return value;
  }
  return undefined;
}
