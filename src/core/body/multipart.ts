/**
 * A small `multipart/form-data` (and `multipart/mixed`) decoder: parts with their headers, the
 * Content-Disposition `name` and `filename`, and the raw bytes.
 */
import { definedOnly } from '../objects.ts';
import { decodeUtf8Lossy, encodeUtf8 } from './utf8.ts';

/** One decoded part. Header names are lower-case. */
export interface MultipartPart {
  readonly index: number;
  readonly name: string;
  readonly filename?: string;
  readonly contentType?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly data: Uint8Array;
}

/** A decode outcome: the parts, or the error message. */
export type MultipartParseResult =
  | { readonly ok: true; readonly parts: readonly MultipartPart[] }
  | { readonly ok: false; readonly error: string };

/**
 * Decodes a multipart body delimited by `boundary`; never throws.
 *
 * @example
 * parseMultipart(encodeUtf8('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--'), 'b');
 * // { ok: true, parts: [{ index: 0, name: 'a', data: <31>, ... }] }
 */
export function parseMultipart(body: Uint8Array, boundary: string): MultipartParseResult {
  const data = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = encodeUtf8(`--${boundary}`);
  let at = data.indexOf(delimiter);
  if (at < 0) return { ok: false, error: `no boundary '${boundary}' found in the body` };
  const parts: MultipartPart[] = [];
  for (;;) {
    const start = at + delimiter.length;
    if (data[start] === 0x2d && data[start + 1] === 0x2d) return { ok: true, parts };
    const next = data.indexOf(delimiter, start);
    if (next < 0) return { ok: false, error: 'incomplete multipart stream: missing the closing boundary' };
    const part = decodePart(data.subarray(skipLineEnd(data, start), trimLineEnd(data, next)), parts.length);
    if (typeof part === 'string') return { ok: false, error: part };
    parts.push(part);
    at = next;
  }
}

function skipLineEnd(data: Buffer, from: number): number {
  let at = from;
  while (data[at] === 0x20 || data[at] === 0x09) at++;
  if (data[at] === 0x0d) at++;
  if (data[at] === 0x0a) at++;
  return at;
}

function trimLineEnd(data: Buffer, end: number): number {
  let at = end;
  if (data[at - 1] === 0x0a) at--;
  if (data[at - 1] === 0x0d) at--;
  return at;
}

function decodePart(raw: Buffer, index: number): MultipartPart | string {
  const split = findHeaderEnd(raw);
  if (split === undefined) return `part ${index} has no blank line after its headers`;
  const headers = parseHeaders(decodeUtf8Lossy(raw.subarray(0, split.headersEnd)));
  const disposition = parseDisposition(headers['content-disposition'] ?? '');
  const part: MultipartPart = definedOnly({
    index,
    name: disposition.name ?? '',
    headers,
    data: new Uint8Array(raw.subarray(split.bodyStart)),
    filename: disposition.filename,
    contentType: headers['content-type'],
  });
  return part;
}

function findHeaderEnd(raw: Buffer): { headersEnd: number; bodyStart: number } | undefined {
  if (raw[0] === 0x0d && raw[1] === 0x0a) return { headersEnd: 0, bodyStart: 2 };
  if (raw[0] === 0x0a) return { headersEnd: 0, bodyStart: 1 };
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { headersEnd: crlf, bodyStart: crlf + 4 };
  if (lf >= 0) return { headersEnd: lf, bodyStart: lf + 2 };
  return undefined;
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * The `name` and `filename` parameters of a Content-Disposition header value.
 *
 * @example
 * parseDisposition('form-data; name="file"; filename="a.txt"'); // { name: 'file', filename: 'a.txt' }
 */
export function parseDisposition(value: string): { name?: string; filename?: string } {
  const result: { name?: string; filename?: string } = {};
  for (const match of value.matchAll(/;\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g)) {
    const key = (match[1] ?? '').toLowerCase();
    const raw = match[2] === undefined ? (match[3] ?? '').trim() : match[2].replace(/\\(.)/g, '$1');
    if (key === 'name') result.name = raw;
    if (key === 'filename' && result.filename === undefined) result.filename = raw;
  }
  return result;
}

/**
 * The `boundary` parameter of a multipart Content-Type, or `undefined`.
 *
 * @example
 * multipartBoundary('multipart/form-data; boundary="abc"'); // 'abc'
 */
export function multipartBoundary(contentType: string): string | undefined {
  const match = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  if (match === null) return undefined;
  const boundary = match[1] ?? match[2] ?? '';
  return boundary === '' ? undefined : boundary;
}
