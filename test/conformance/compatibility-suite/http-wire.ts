/**
 * Requests and responses of the pact model on the wire, over node:http directly: the steps send a
 * model request exactly as written (repeated header lines included, which fetch would merge), and
 * the test provider reads and answers with models.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { parseQueryString } from '../../../src/contract/index.ts';
import type { Body, Headers, HttpRequest, HttpResponse, Query } from '../../../src/match/model.ts';

const timeoutMs = 10_000;

/** The bytes a body puts on the wire, or undefined when it has none. */
export function bodyBytes(body: Body): Uint8Array | undefined {
  if (body.state === 'present') return body.content;
  if (body.state === 'empty') return new Uint8Array();
  if (body.state === 'null') return new TextEncoder().encode('null');
  return undefined;
}

/** `?a=1&b=2` for a query map (empty for none), each name and value URI-encoded. */
export function queryText(query: Query | undefined): string {
  const pairs = Object.entries(query ?? {}).flatMap(([name, values]) =>
    values.map((value) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`),
  );
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/** Header lines: one per value, so repeated headers stay repeated. */
function headerLines(headers: Headers | undefined, extra: readonly (readonly [string, string])[]): string[] {
  const lines: string[] = [];
  for (const [name, values] of Object.entries(headers ?? {})) {
    for (const value of values) lines.push(name, value);
  }
  for (const [name, value] of extra) lines.push(name, value);
  return lines;
}

/**
 * Sends `request` to the server at `baseUrl` and resolves with its response as a model (headers by
 * lower-case name). `extraHeaders` are added as lines of their own after the request's.
 */
export function sendRequest(
  baseUrl: string,
  request: HttpRequest,
  extraHeaders: readonly (readonly [string, string])[] = [],
): Promise<HttpResponse> {
  const url = new URL(`${request.path}${queryText(request.query)}`, baseUrl);
  const body = bodyBytes(request.body);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, {
      method: request.method,
      // Raw header lines keep repeated headers apart, but node then adds none of its own: Host and
      // Content-Length are given here.
      headers: [
        'Host',
        url.host,
        ...headerLines(request.headers, extraHeaders),
        ...(body === undefined ? [] : ['Content-Length', String(body.length)]),
      ],
      timeout: timeoutMs,
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`No response from ${url} in ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.on('response', (incoming) => {
      readAll(incoming).then(
        (bytes) =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: headersOf(incoming),
            body: bodyOf(bytes, incoming.headers['content-type']),
          }),
        reject,
      );
    });
    outgoing.end(body === undefined ? undefined : Buffer.from(body));
  });
}

/** A received request as a model: query parsed, headers by lower-case name, body typed by its header. */
export async function receiveRequest(incoming: IncomingMessage): Promise<HttpRequest> {
  const target = incoming.url ?? '/';
  const mark = target.indexOf('?');
  const path = mark < 0 ? target : target.slice(0, mark);
  const query = mark < 0 ? undefined : parseQueryString(target.slice(mark + 1));
  const bytes = await readAll(incoming);
  return {
    method: incoming.method ?? 'GET',
    path,
    ...(query === undefined ? {} : { query }),
    headers: headersOf(incoming),
    body: bodyOf(bytes, incoming.headers['content-type']),
  };
}

/** Answers with a model response; a body without a Content-Type header gets its body's type. */
export function sendResponse(outgoing: ServerResponse, response: HttpResponse): void {
  const lines = headerLines(response.headers, []);
  const hasType = lines.some((line, index) => index % 2 === 0 && line.toLowerCase() === 'content-type');
  if (!hasType && response.body.state === 'present' && response.body.contentType !== undefined) {
    lines.push('Content-Type', response.body.contentType);
  }
  const body = bodyBytes(response.body);
  outgoing.writeHead(response.status, lines);
  outgoing.end(body === undefined ? undefined : Buffer.from(body));
}

function headersOf(message: IncomingMessage): Headers {
  const headers: Record<string, string[]> = {};
  const raw = message.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = (raw[index] ?? '').toLowerCase();
    headers[name] = [...(headers[name] ?? []), raw[index + 1] ?? ''];
  }
  return headers;
}

function bodyOf(bytes: Uint8Array, contentType: string | undefined): Body {
  if (bytes.length === 0) return { state: 'missing' };
  return { state: 'present', content: bytes, ...(contentType === undefined ? {} : { contentType }) };
}

async function readAll(stream: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
