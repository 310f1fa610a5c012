/** The fetch-style HTTP core: a node:http adapter for servers and a client that always settles. */
export type { FetchHandler } from './fetch-handler.ts';
export {
  holdHeaderLines,
  holdRequestBody,
  readRequestBody,
  requestHeaderValues,
} from './held-request-parts.ts';
export {
  defaultMaxResponseBytes,
  defaultRequestTimeoutMs,
  type HttpRequestOptions,
  httpRequest,
  type RawHttpResponse,
} from './http-request.ts';
export { httpStatusOf } from './http-status.ts';
export { HttpStatusError } from './http-status-error.ts';
export {
  defaultBodyLimit,
  defaultMaxBodyBytes,
  type HttpServerHandle,
  type HttpServerOptions,
  startHttpServer,
} from './start-http-server.ts';
export type { StartedServer } from './started-server.ts';
