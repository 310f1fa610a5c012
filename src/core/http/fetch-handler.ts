/** The shape every seam server is written in: a fetch-style handler. */

/**
 * Answers one request. Servers (mock, stub, broker) are written as handlers so unit tests can call
 * them in process; {@link startHttpServer} puts one on a port.
 *
 * @example
 * const hello: FetchHandler = async (request) => new Response(`hello ${new URL(request.url).pathname}`);
 */
export type FetchHandler = (request: Request) => Promise<Response>;
