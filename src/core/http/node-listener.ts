/** The thin node:http adapter around a fetch-style handler. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorMessage } from '../errors.ts';
import type { FetchHandler } from './fetch-handler.ts';
import { HttpStatusError } from './http-status-error.ts';
import { toFetchRequest } from './node-request.ts';
import { writeFetchResponse, writeTextError } from './node-response.ts';

/**
 * A node:http request listener that serves `handler`. It never throws: a request that cannot be
 * read is answered with its status (400, 405, 413), a failing handler with 500, and a client that
 * went away is left alone.
 *
 * @example
 * createServer(createNodeListener(async () => new Response('ok'), 1024)).listen(0);
 */
export function createNodeListener(
  handler: FetchHandler,
  maxBodyBytes: number,
): (incoming: IncomingMessage, res: ServerResponse) => void {
  return (incoming, res) => {
    serve(handler, maxBodyBytes, incoming, res).catch(() => res.destroy());
  };
}

async function serve(
  handler: FetchHandler,
  maxBodyBytes: number,
  incoming: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let request: Request;
  try {
    request = await toFetchRequest(incoming, maxBodyBytes);
  } catch (error) {
    if (error instanceof HttpStatusError) writeTextError(res, error.status, error.message);
    else res.destroy();
    return;
  }
  try {
    await writeFetchResponse(res, await handler(request));
  } catch (error) {
    writeTextError(res, 500, `seam: the request could not be answered: ${errorMessage(error)}`);
  }
}
