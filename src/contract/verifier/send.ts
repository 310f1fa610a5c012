/**
 * The one place the verifier sends HTTP: through core's `httpRequest` (hard timeout, body cap,
 * never hangs), with a failure turned into a message instead of a throw.
 */
import { errorMessage, httpRequest, type RawHttpResponse } from '../../core/index.ts';

/**
 * A request as sent on the wire.
 *
 * @example
 * const wire: WireRequest = { url: 'http://127.0.0.1:8080/orders/1', method: 'GET', headers: {} };
 */
export interface WireRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly body?: Uint8Array;
}

/** Limits applied to every request. */
export interface SendLimits {
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
}

/**
 * Sends the request; resolves to the response, or to `{ error }` saying what went wrong.
 *
 * @example
 * const answer = await send(wire, { timeoutMs: 30_000, maxBodyBytes: 16 << 20 });
 * if ('error' in answer) console.error(answer.error);
 */
export async function send(
  request: WireRequest,
  limits: SendLimits,
): Promise<RawHttpResponse | { readonly error: string }> {
  try {
    return await httpRequest(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      timeoutMs: limits.timeoutMs,
      maxBodyBytes: limits.maxBodyBytes,
    });
  } catch (error) {
    return { error: errorMessage(error) };
  }
}
