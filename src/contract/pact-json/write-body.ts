/**
 * Writes the {@link Body} model back to pact-file JSON. Each writer is the inverse of
 * {@link readBody} for its version: reading what it writes gives the same body.
 */
import { isPlainObject } from '../../core/index.ts';
import type { Body } from '../../match/index.ts';
import { stringifyJson } from '../json/json-text.ts';
import { isJsonContentType, isTextContentType } from './body-content-type.ts';
import { encodeBase64, utf8Text } from './bytes.ts';

/**
 * What a writer puts in the file for a body: `undefined` means "leave the field out".
 *
 * @example
 * const written: WrittenBody = writeBodyV4({ state: 'null' }); // null
 */
export type WrittenBody = unknown;

/**
 * The value of a V1–V3 `body` (or V3 message `contents`) field: JSON bodies as JSON, text as a
 * string, binary content (a non-text content type) as base64; `missing` → undefined (no field).
 *
 * @example
 * writeBodyV3({ state: 'empty' }); // ''
 * writeBodyV3({ state: 'missing' }); // undefined
 */
export function writeBodyV3(body: Body): WrittenBody {
  switch (body.state) {
    case 'missing':
      return undefined;
    case 'null':
      return null;
    case 'empty':
      return '';
    case 'present':
      return writePresentV3(body.content, body.contentType ?? 'application/octet-stream');
  }
}

function writePresentV3(content: Uint8Array, contentType: string): unknown {
  const text = utf8Text(content);
  if (isJsonContentType(contentType)) {
    const parsed = text === undefined ? undefined : parseJson(text);
    if (parsed === undefined) return encodeBase64(content);
    if (stringifyJson(parsed.value) === text) return parsed.value;
    // Not in compact form: keep the exact text, which the reader stores as it is.
    return typeof parsed.value === 'string' || isPlainObject(parsed.value) ? text : parsed.value;
  }
  if (isTextContentType(contentType) && text !== undefined) return text;
  return encodeBase64(content);
}

/**
 * The value of a V4 `body` (or message `contents`) field: the envelope
 * `{ content, contentType, encoded }` (plus `contentTypeHint`); `empty` → `{ content: '' }`,
 * `null` → `null`, `missing` → undefined (no field).
 *
 * @example
 * writeBodyV4({ state: 'present', content: new TextEncoder().encode('hi'), contentType: 'text/plain' });
 * // { content: 'hi', contentType: 'text/plain', encoded: false }
 */
export function writeBodyV4(body: Body): WrittenBody {
  switch (body.state) {
    case 'missing':
      return undefined;
    case 'null':
      return null;
    case 'empty':
      return body.contentType === undefined
        ? { content: '' }
        : { content: '', contentType: body.contentType };
    case 'present': {
      const contentType = body.contentType ?? 'application/octet-stream';
      const envelope = { ...presentV4Content(body.content, contentType, body.hint), contentType };
      return body.hint === undefined
        ? { content: envelope.content, contentType, encoded: envelope.encoded }
        : { content: envelope.content, contentType, contentTypeHint: body.hint, encoded: envelope.encoded };
    }
  }
}

function presentV4Content(
  content: Uint8Array,
  contentType: string,
  hint: 'TEXT' | 'BINARY' | undefined,
): { content: unknown; encoded: false | 'base64' | 'JSON' } {
  const text = utf8Text(content);
  if (isJsonContentType(contentType) && text !== undefined) {
    const parsed = parseJson(text);
    if (parsed === undefined) return { content: encodeBase64(content), encoded: 'base64' };
    if (stringifyJson(parsed.value) === text) return { content: parsed.value, encoded: false };
    return { content: text, encoded: 'JSON' };
  }
  const binary = hint === 'BINARY' || (hint !== 'TEXT' && !isTextContentType(contentType));
  if (binary || text === undefined) return { content: encodeBase64(content), encoded: 'base64' };
  return { content: text, encoded: false };
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}
