/** Writing a fetch `Response` to a node:http response. */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Writes a fetch `Response` (status, headers, whole body) to a node response. The body is buffered:
 * seam's servers answer with small bodies, and a known length lets clients read them exactly.
 *
 * @example
 * await writeFetchResponse(res, new Response('ok', { status: 200 }));
 */
export async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const body = response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  const headers = responseHeaders(response.headers);
  if (body !== undefined) headers['content-length'] = body.length;
  res.writeHead(response.status, headers);
  res.end(body);
}

function responseHeaders(source: Headers): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  source.forEach((value, name) => {
    // The adapter sets the framing itself, from the bytes it actually sends.
    if (name !== 'set-cookie' && name !== 'content-length' && name !== 'transfer-encoding')
      headers[name] = value;
  });
  const cookies = source.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  return headers;
}

/**
 * Answers with a plain-text error and closes the connection: used when a request cannot reach the
 * handler or the handler failed. Does nothing when the response has already started.
 *
 * @example
 * writeTextError(res, 413, 'the request body is larger than the 1024-byte limit');
 */
export function writeTextError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = Buffer.from(`${message}\n`, 'utf8');
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': body.length,
    connection: 'close',
  });
  res.end(body);
}
