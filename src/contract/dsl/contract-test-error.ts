/** The error `executeTest` rejects with when the mock server saw missing, unexpected or mismatched requests. */
import type { MockServerOutcome } from './runtime.ts';

/**
 * A consumer test's requests did not match the pact. `message` is the mock server's report (the
 * closest interaction and each mismatch, with expected and actual values); `result` is the data.
 *
 * @example
 * try { await interaction.executeTest(run); } catch (error) {
 *   if (error instanceof ContractTestError) console.error(error.result.issues);
 * }
 */
export class ContractTestError extends Error {
  readonly result: MockServerOutcome;

  constructor(report: string, result: MockServerOutcome, options: { cause?: unknown } = {}) {
    super(report, options);
    this.name = 'ContractTestError';
    this.result = result;
  }
}
