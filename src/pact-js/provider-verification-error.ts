/** The error pact-js's `verifyProvider()` rejects with when the provider broke its contracts. */
import type { VerificationReport } from '../contract/index.ts';

/**
 * A provider verification failed. `message` is seam's report (each failed interaction, with
 * expected and actual values); `report` is the data.
 *
 * @example
 * try { await new Verifier(options).verifyProvider(); } catch (error) {
 *   if (error instanceof ProviderVerificationError) console.error(error.report.summary);
 * }
 */
export class ProviderVerificationError extends Error {
  readonly report: VerificationReport;

  constructor(message: string, report: VerificationReport) {
    super(message);
    this.name = 'ProviderVerificationError';
    this.report = report;
  }
}
