/** How an integration, a matrix row or a requirement stands, as words (never colour alone). */
import type { Integration } from '../store/broker-store.ts';

/** The status of an integration's latest pact. */
export type IntegrationStatus = 'verified' | 'failed' | 'changed' | 'unverified';

/**
 * `verified`/`failed`: the latest verification of the latest pact; `changed`: only older contents
 * were verified; `unverified`: never verified.
 *
 * @example
 * integrationStatus(integration); // 'failed'
 */
export function integrationStatus(integration: Integration): IntegrationStatus {
  const latest = integration.latestVerification;
  if (latest !== undefined) return latest.success ? 'verified' : 'failed';
  return integration.lastVerifiedAt === undefined ? 'unverified' : 'changed';
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
