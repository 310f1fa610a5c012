/**
 * The media type of a request, response or message body: the Content-Type header, else the body's
 * declared type, else a guess from its first bytes.
 */
import { type ContentType, detectContentType, parseContentType } from '../../core/index.ts';
import { headerText } from '../header-values.ts';
import type { Body, Headers } from '../model.ts';

/**
 * The content type of a part, or `undefined` when nothing says and nothing can be guessed.
 *
 * @example
 * partContentType({ 'Content-Type': ['application/json'] }, { state: 'missing' }); // application/json
 */
export function partContentType(
  headers: Headers | undefined,
  body: Body,
  declared?: string,
): ContentType | undefined {
  for (const candidate of [declared, headerText(headers, 'content-type'), bodyContentType(body)]) {
    const parsed = candidate === undefined ? undefined : parseContentType(candidate);
    if (parsed !== undefined) return parsed;
  }
  if (body.state === 'present' && body.content.length > 0) return detectContentType(body.content);
  return undefined;
}

function bodyContentType(body: Body): string | undefined {
  return body.state === 'present' || body.state === 'empty' ? body.contentType : undefined;
}

/**
 * A body as the reference prints it: `Missing`, `Empty`, `Null`, `Present(12 bytes, application/json)`.
 *
 * @example
 * describeBody({ state: 'empty' }); // 'Empty'
 */
export function describeBody(body: Body): string {
  if (body.state === 'missing') return 'Missing';
  if (body.state === 'empty') return 'Empty';
  if (body.state === 'null') return 'Null';
  const type = body.contentType === undefined ? '' : `, ${body.contentType}`;
  return `Present(${body.content.length} bytes${type})`;
}

/**
 * The bytes of a body (none unless present).
 *
 * @example
 * bodyBytes({ state: 'null' }).length; // 0
 */
export function bodyBytes(body: Body): Uint8Array {
  return body.state === 'present' ? body.content : new Uint8Array(0);
}
