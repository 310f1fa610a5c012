/**
 * Reads a body field of a pact file into the {@link Body} model, as the Rust reference
 * (`body_from_json`, V4 `body_from_json`) interprets it.
 */
import { isPlainObject } from '../../core/index.ts';
import type { Body, SpecVersion } from '../../match/index.ts';
import { stringifyJson } from '../json/json-text.ts';
import { jsonToString } from '../json/untyped-json.ts';
import { detectContentType, isJsonContentType, isTextContentType } from './body-content-type.ts';
import { decodeBase64, utf8Bytes } from './bytes.ts';

/**
 * Reads the value of a `body` (or message `contents`) field.
 *
 * - V1–V3: absent → `missing`; `null` → `null`; `""` → `empty`; another string is the body text,
 *   except that with a JSON content type a string that is not itself serialised JSON (an object or a
 *   string) becomes a JSON string (`"text"`), and with a binary content type it is base64-decoded
 *   when it is valid base64; any other JSON value is the body, serialised.
 * - V4: the envelope `{ content, contentType, encoded: false | 'base64' | 'JSON', contentTypeHint }`;
 *   `content: null` → `null`; no `content` → `missing` when only envelope keys are present, else the
 *   object itself is the (JSON) body, as newer Rust releases read it.
 *
 * `contentType` is the type declared outside the body (the Content-Type header or message
 * metadata); it is used when the body does not declare one. A present body always carries a content
 * type: the declared one, or one detected from the content.
 *
 * @example
 * readBody({ a: 1 }, 'V3'); // { state: 'present', content: <{"a":1}>, contentType: 'application/json' }
 * readBody('', 'V2'); // { state: 'empty' }
 * readBody({ content: 'aGk=', encoded: 'base64', contentType: 'text/plain' }, 'V4');
 */
export function readBody(json: unknown, spec: SpecVersion, contentType?: string): Body {
  if (json === undefined) return { state: 'missing' };
  if (json === null) return { state: 'null' };
  return spec === 'V4' ? readV4Body(json, contentType) : readV3Body(json, contentType);
}

function readV3Body(json: unknown, declared: string | undefined): Body {
  if (typeof json !== 'string')
    return present(utf8Bytes(stringifyJson(json)), declared ?? 'application/json');
  if (json === '') return { state: 'empty' };
  const contentType = declared ?? detectContentType(json);
  if (isJsonContentType(contentType)) {
    const text = isSerialisedJsonStringOrObject(json) ? json : stringifyJson(json);
    return present(utf8Bytes(text), contentType);
  }
  if (isTextContentType(contentType)) return present(utf8Bytes(json), contentType);
  return present(decodeBase64(json) ?? utf8Bytes(json), contentType);
}

function isSerialisedJsonStringOrObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' || isPlainObject(value);
  } catch {
    return false;
  }
}

const envelopeKeys = new Set(['content', 'contentType', 'encoded', 'contentTypeHint']);

function readV4Body(json: unknown, declared: string | undefined): Body {
  if (!isPlainObject(json)) {
    const text = stringifyJson(json);
    return present(utf8Bytes(text), declared ?? detectContentType(text));
  }
  if (!('content' in json)) {
    if (Object.keys(json).every((key) => envelopeKeys.has(key))) return { state: 'missing' };
    return present(utf8Bytes(stringifyJson(json)), declared ?? 'application/json');
  }
  const content = json.content;
  if (content === null) return { state: 'null' };
  const contentType = json.contentType === undefined ? declared : jsonToString(json.contentType);
  const bytes = v4ContentBytes(content, json.encoded, contentType);
  if (bytes.length === 0)
    return contentType === undefined ? { state: 'empty' } : { state: 'empty', contentType };
  const hint =
    json.contentTypeHint === 'TEXT' || json.contentTypeHint === 'BINARY' ? json.contentTypeHint : undefined;
  const type = contentType ?? detectContentType(Buffer.from(bytes).toString('utf8'));
  return hint === undefined
    ? present(bytes, type)
    : { state: 'present', content: bytes, contentType: type, hint };
}

function v4ContentBytes(content: unknown, encoded: unknown, contentType: string | undefined): Uint8Array {
  const encoding = v4Encoding(encoded);
  if (encoding === 'base64') return decodeBase64(jsonToString(content)) ?? utf8Bytes(jsonToString(content));
  if (encoding !== undefined) return utf8Bytes(jsonToString(content));
  if (contentType !== undefined && isJsonContentType(contentType)) {
    return content === '' ? new Uint8Array() : utf8Bytes(stringifyJson(content));
  }
  return utf8Bytes(jsonToString(content));
}

/** The encoding named by `encoded`: undefined for not encoded, else the lower-cased scheme. */
function v4Encoding(encoded: unknown): string | undefined {
  if (encoded === undefined || encoded === false) return undefined;
  if (encoded === true) return '';
  return typeof encoded === 'string' ? encoded.toLowerCase() : stringifyJson(encoded);
}

function present(content: Uint8Array, contentType: string): Body {
  return { state: 'present', content, contentType };
}
