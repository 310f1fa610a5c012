/** The one error for a pact-js feature seam does not have, so nothing is dropped silently. */
import { SeamError } from '../core/index.ts';

/**
 * A `SeamError` `unsupported` naming the pact-js feature and what to do instead.
 *
 * @example
 * throw unsupported('withRequestMatchingRules', 'put matchers in the request values instead');
 */
export function unsupported(feature: string, instead: string): SeamError {
  return new SeamError('unsupported', `seam/pact-js does not support ${feature}; ${instead}`);
}
