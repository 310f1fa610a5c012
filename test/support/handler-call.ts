/** Test support: requests to a fetch-style handler (the broker's), called in process. */
import type { FetchHandler } from '../../src/core/http/index.ts';

/**
 * A `call(method, path, body?)` that sends `<base><path>` to the handler and answers its `Response`.
 * An object body goes as JSON, a string as it is (for malformed input), both with
 * `content-type: application/json`; without a body, no header.
 *
 * @example
 * const call = handlerCall(createBrokerHandler(store));
 * assert.equal((await call('PUT', '/pacts/provider/orders/consumer/web/version/1', pact)).status, 201);
 */
export function handlerCall(handler: FetchHandler, base = 'http://broker') {
  return (method: string, path: string, body?: unknown) =>
    handler(
      new Request(`${base}${path}`, {
        method,
        ...(body === undefined
          ? {}
          : {
              body: typeof body === 'string' ? body : JSON.stringify(body),
              headers: { 'content-type': 'application/json' },
            }),
      }),
    );
}

/**
 * As {@link handlerCall}, answering the status, the headers and the body parsed as JSON (a HAL
 * body, an error...), for assertions.
 *
 * @example
 * const call = handlerJsonCall(createBrokerHandler(store));
 * const { status, json } = await call('GET', '/');
 * assert.equal(json._links['pb:pacticipants'].href, 'http://broker/pacticipants');
 */
export function handlerJsonCall(handler: FetchHandler, base = 'http://broker') {
  const call = handlerCall(handler, base);
  return async (method: string, path: string, body?: unknown) => {
    const response = await call(method, path, body);
    // biome-ignore lint/suspicious/noExplicitAny: assertions walk HAL bodies of many shapes.
    const json = (await response.json()) as Record<string, any>;
    return { status: response.status, headers: response.headers, json };
  };
}
