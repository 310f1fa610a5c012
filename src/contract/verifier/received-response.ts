/** Turning what the provider answered into the model the matching engine compares. */
import type { RawHttpResponse } from '../../core/index.ts';
import type { Body, HttpResponse } from '../../match/index.ts';

/**
 * The provider's answer as an {@link HttpResponse}: an empty body is `empty`, else `present`
 * with the `Content-Type` header's value as its content type.
 *
 * @example
 * toHttpResponse({ status: 204, headers: {}, body: new Uint8Array() }).body; // { state: 'empty' }
 */
export function toHttpResponse(raw: RawHttpResponse): HttpResponse {
  return { status: raw.status, headers: raw.headers, body: toBody(raw.body, contentTypeOf(raw.headers)) };
}

function toBody(content: Uint8Array, contentType: string | undefined): Body {
  if (content.length === 0) return { state: 'empty' };
  return contentType === undefined
    ? { state: 'present', content }
    : { state: 'present', content, contentType };
}

function contentTypeOf(headers: RawHttpResponse['headers']): string | undefined {
  const name = Object.keys(headers).find((key) => key.toLowerCase() === 'content-type');
  return name === undefined ? undefined : headers[name]?.[0];
}
