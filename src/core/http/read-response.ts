/** Reading a client response whole, within a size cap. */
import type http from 'node:http';
import { setOwn } from '../objects.ts';
import type { RawHttpResponse } from './http-request.ts';
import { describeRequestError } from './request-error-text.ts';

/**
 * Reads a response's body up to `maxBytes`, then calls `done`; calls `fail` instead when the body
 * is too large, the stream errors, or the connection closes before the body is complete.
 *
 * @example
 * request.on('response', (response) => readResponse(response, 1024, fail, resolve));
 */
export function readResponse(
  response: http.IncomingMessage,
  maxBytes: number,
  fail: (message: string, cause?: unknown) => void,
  done: (raw: RawHttpResponse) => void,
): void {
  const chunks: Buffer[] = [];
  let length = 0;
  response.on('data', (chunk: Buffer) => {
    length += chunk.length;
    if (length > maxBytes) fail(`the response body is larger than the ${maxBytes}-byte limit`);
    else chunks.push(chunk);
  });
  response.on('error', (error) => fail(describeRequestError(error), error));
  response.on('end', () => {
    const body = new Uint8Array(Buffer.concat(chunks, length));
    done({ status: response.statusCode ?? 0, headers: headersOf(response), body });
  });
  response.on('close', () => {
    if (!response.complete) fail('the connection closed before the response body was complete');
  });
}

function headersOf(response: http.IncomingMessage): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(response.headersDistinct)) {
    // setOwn: a header named `__proto__` must stay a header.
    if (values !== undefined) setOwn(headers, name, values);
  }
  return headers;
}
