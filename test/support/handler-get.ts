/** Test support: GET requests against a fetch-style handler, answered as status and JSON. */
import type { FetchHandler } from '../../src/core/http/index.ts';
import { handlerJsonCall } from './handler-call.ts';

/**
 * A `get(path)` that calls the handler in process with `http://broker<path>`.
 *
 * @example
 * const get = handlerGet(createBrokerHandler(store));
 * assert.equal((await get('/pacticipants')).status, 200);
 */
export function handlerGet(handler: FetchHandler) {
  const call = handlerJsonCall(handler);
  return (path: string) => call('GET', path);
}
