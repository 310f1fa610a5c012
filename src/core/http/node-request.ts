/** Turning a node:http request into a fetch `Request`. */
import type { IncomingMessage } from 'node:http';
import { holdHeaderLines, holdRequestBody } from './held-request-parts.ts';
import { HttpStatusError } from './http-status-error.ts';

// The fetch `Request` constructor throws for these; nothing seam serves needs them.
const refusedMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const bodilessMethods = new Set(['GET', 'HEAD']);

/**
 * Reads a node request (body included, up to `maxBodyBytes` bytes) into a fetch `Request` whose URL
 * names the local address the request arrived on (`http://[::1]:PORT/...` for IPv6).
 *
 * @throws HttpStatusError 413 over the limit, 400 for a target that is not a path, 405 for a method
 *   fetch refuses.
 * @example
 * const request = await toFetchRequest(incoming, 16 * 1024 * 1024);
 */
export async function toFetchRequest(incoming: IncomingMessage, maxBodyBytes: number): Promise<Request> {
  const method = incoming.method ?? 'GET';
  if (refusedMethods.has(method)) throw new HttpStatusError(405, `the method ${method} is not supported`);
  const url = requestUrl(incoming);
  const headers = requestHeaders(incoming.rawHeaders);
  const body = await readNodeBody(incoming, maxBodyBytes);
  const bodiless = bodilessMethods.has(method);
  const request = bodiless
    ? new Request(url, { method, headers })
    : new Request(url, { method, headers, body });
  if (bodiless && body.length > 0) holdRequestBody(request, body);
  holdHeaderLines(request, incoming.rawHeaders);
  return request;
}

function requestUrl(incoming: IncomingMessage): string {
  const target = incoming.url ?? '/';
  // An absolute-form or `*` target would let the client pick the URL's host; serve paths only.
  if (!target.startsWith('/')) throw new HttpStatusError(400, `the request target must be a path: ${target}`);
  const address = incoming.socket.localAddress ?? '127.0.0.1';
  const host = address.includes(':') ? `[${address}]` : address;
  try {
    return new URL(`http://${host}:${incoming.socket.localPort ?? 0}${target}`).href;
  } catch {
    throw new HttpStatusError(400, `the request target is not a valid path: ${target}`);
  }
}

function requestHeaders(raw: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i] as string, raw[i + 1] as string);
    } catch {
      throw new HttpStatusError(400, `the header ${raw[i]} has a value fetch cannot hold`);
    }
  }
  return headers;
}

async function readNodeBody(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(incoming.headers['content-length']);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, length));
}

function tooLarge(limit: number): HttpStatusError {
  return new HttpStatusError(413, `the request body is larger than the ${limit}-byte limit`);
}
