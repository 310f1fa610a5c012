/** How an integration, a matrix row or a requirement stands, as words (never colour alone). */
import { type VerificationStatus, verificationStatus } from '../matrix/verification-status.ts';
import type { Integration } from '../store/broker-store.ts';

/** The status of an integration's latest pact, in the UI's words. */
export type IntegrationStatus = 'verified' | 'failed' | 'changed' | 'unverified';

const words: Record<VerificationStatus, IntegrationStatus> = {
  success: 'verified',
  failed: 'failed',
  stale: 'changed',
  never: 'unverified',
};

/**
 * {@link verificationStatus} in the UI's words: `verified`, `failed`, `changed` (only older
 * contents were verified) or `unverified`.
 *
 * @example
 * integrationStatus(integration); // 'failed'
 */
export function integrationStatus(integration: Integration): IntegrationStatus {
  return words[verificationStatus(integration)];
}

/** A verification outcome as the matrix shows it. */
export type Outcome = 'success' | 'failed' | 'unknown';

/**
 * The outcome of a verification that may be missing.
 *
 * @example
 * outcomeOf(row.verification?.success); // 'unknown' when not verified
 */
export function outcomeOf(success: boolean | null | undefined): Outcome {
  if (success === true) return 'success';
  return success === false ? 'failed' : 'unknown';
}
