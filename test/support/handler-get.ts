/** Test support: GET requests against a fetch-style handler, answered as status and JSON. */
import type { FetchHandler } from '../../src/core/http/index.ts';
import { handlerCall } from './handler-call.ts';

/**
 * A `get(path)` that calls the handler in process with `http://broker<path>`.
 *
 * @example
 * const get = handlerGet(createBrokerHandler(store));
 * assert.equal((await get('/pacticipants')).status, 200);
 */
export function handlerGet(handler: FetchHandler) {
  const call = handlerCall(handler);
  return async (path: string) => {
    const response = await call('GET', path);
    // biome-ignore lint/suspicious/noExplicitAny: assertions walk HAL bodies of many shapes.
    return { status: response.status, json: (await response.json()) as Record<string, any> };
  };
}
