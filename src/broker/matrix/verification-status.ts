/** How a consumer–provider pair's latest pact stands: one rule for the API, the badges and the UI. */
import type { Integration } from '../store/broker-store.ts';

/**
 * `success`/`failed`: the latest verification of the latest pact; `stale`: only earlier pacts were
 * verified; `never`: none was.
 */
export type VerificationStatus = 'success' | 'failed' | 'stale' | 'never';

/**
 * The status of a pact from its own latest verification and when the pair was last verified at all.
 *
 * @example
 * verificationStatus(integration); // 'stale'
 */
export function verificationStatus(
  pair: Pick<Integration, 'latestVerification' | 'lastVerifiedAt'>,
): VerificationStatus {
  if (pair.latestVerification !== undefined) return pair.latestVerification.success ? 'success' : 'failed';
  return pair.lastVerifiedAt === undefined ? 'never' : 'stale';
}
