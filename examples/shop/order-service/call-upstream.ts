/** order-service's HTTP calls to its providers: JSON, a timeout, and failures as typed errors. */

/**
 * A provider that could not be reached or did not answer in time.
 *
 * @example
 * if (error instanceof UpstreamError && error.code === 'UPSTREAM_TIMEOUT') retryLater();
 */
export class UpstreamError extends Error {
  readonly code: 'UPSTREAM_TIMEOUT' | 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_INVALID';
  constructor(code: UpstreamError['code'], message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/**
 * A provider's answer: status and parsed JSON body (`undefined` when empty).
 *
 * @example
 * const { status, body } = await callUpstream(url, { method: 'GET' }, 2000);
 */
export interface UpstreamResponse {
  readonly status: number;
  readonly body: unknown;
}

/**
 * Sends a request with a timeout; a timeout, a refused connection or a body that is not JSON is
 * an {@link UpstreamError}.
 *
 * @example
 * await callUpstream('http://127.0.0.1:4001/payments', { method: 'POST', body: '{}' }, 2000);
 */
export async function callUpstream(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<UpstreamResponse> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const what = timedOut ? `no answer within ${timeoutMs} ms` : 'connection failed';
    throw new UpstreamError(
      timedOut ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE',
      `${init.method} ${url}: ${what}`,
      {
        cause: error,
      },
    );
  }
  const text = await response.text();
  if (text === '') return { status: response.status, body: undefined };
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch (error) {
    throw new UpstreamError(
      'UPSTREAM_INVALID',
      `${init.method} ${url} answered ${response.status} with non-JSON`,
      {
        cause: error,
      },
    );
  }
}

/**
 * The `error.code` and `error.message` of a provider's error body, or placeholders.
 *
 * @example
 * errorOf({ error: { code: 'OUT_OF_STOCK', message: '…' } }).code; // 'OUT_OF_STOCK'
 */
export function errorOf(body: unknown): { code: string; message: string; details: Record<string, unknown> } {
  const error = (body as { error?: unknown } | undefined)?.error;
  if (typeof error !== 'object' || error === null)
    return { code: 'UNKNOWN', message: 'no error body', details: {} };
  const details = error as Record<string, unknown>;
  return {
    code: typeof details.code === 'string' ? details.code : 'UNKNOWN',
    message: typeof details.message === 'string' ? details.message : '',
    details,
  };
}

/**
 * Throws `UPSTREAM_INVALID` unless the value has the field with the given `typeof`.
 *
 * @example
 * const fees = field<number>(body, 'fees', 'number', 'payment');
 */
export function field<T>(
  value: unknown,
  name: string,
  type: 'string' | 'number' | 'object',
  what: string,
): T {
  const found = (value as Record<string, unknown> | undefined)?.[name];
  if (typeof found !== type || found === null)
    throw new UpstreamError(
      'UPSTREAM_INVALID',
      `The ${what} has no ${type} "${name}" (got ${JSON.stringify(found)})`,
    );
  return found as T;
}
