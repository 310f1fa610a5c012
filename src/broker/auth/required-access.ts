/** The access a request needs, by the Pact Broker's rules (`ResourceAccessPolicy`). */
import type { AccessLevel } from './broker-auth-options.ts';

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

// The Pact Broker treats fetching pacts for verification as a read, although it is a POST.
const pactsForVerification = /^\/pacts\/provider\/[^/]+\/for-verification\/?$/;

/**
 * `read` for GET, HEAD and OPTIONS and for `POST /pacts/provider/:p/for-verification`; `write`
 * for every other method.
 *
 * @example
 * requiredAccess('PUT', '/pacticipants/web/branches/main/versions/1'); // 'write'
 */
export function requiredAccess(method: string, pathname: string): Exclude<AccessLevel, 'none'> {
  const upper = method.toUpperCase();
  if (readMethods.has(upper)) return 'read';
  if (upper === 'POST' && pactsForVerification.test(pathname)) return 'read';
  return 'write';
}
