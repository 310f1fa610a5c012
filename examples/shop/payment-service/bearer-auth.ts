/** payment-service's `Authorization: Bearer <token>` check, and the verifier's request filter. */
import type { IncomingMessage } from 'node:http';
import type { VerifyProviderOptions } from '../../../src/contract/index.ts';
import { HttpError } from '../shared/http-json.ts';

/**
 * Accepts the request if it carries `Bearer <token>` with a known token, else a 401 `UNAUTHORIZED`.
 *
 * @example
 * requireBearer(request, new Set(['shop-secret']));
 */
export function requireBearer(request: IncomingMessage, tokens: ReadonlySet<string>): void {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
  if (match?.[1] === undefined || !tokens.has(match[1]))
    throw new HttpError(401, 'UNAUTHORIZED', 'Send a valid "Authorization: Bearer <token>" header');
}

/**
 * The verifier's request filter type.
 *
 * @example
 * const filter: RequestFilter = (request) => request;
 */
export type RequestFilter = NonNullable<VerifyProviderOptions['requestFilter']>;

/**
 * A request filter that swaps the pact's example bearer token for a real one, as a Pact provider
 * test does: the pact only fixes the header's shape (a regex), the provider's secret stays its own.
 *
 * @example
 * await verifyProvider({ providerBaseUrl, pactFiles, requestFilter: withBearerToken(service.apiToken) });
 */
export function withBearerToken(token: string): RequestFilter {
  return (request) => {
    const headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'authorization'),
    );
    return { ...request, headers: { ...headers, Authorization: [`Bearer ${token}`] } };
  };
}
