/** What `verifyProvider` returns: one result per interaction, as data. */
import type { MismatchCode } from '../../match/index.ts';

/**
 * Why an interaction failed: a mismatch (its code is the part: `body`, `status`, `header`…), or a
 * step that could not run.
 *
 * @example
 * const code: VerificationIssueCode = 'state-setup';
 */
export type VerificationIssueCode =
  | MismatchCode
  | 'state-setup'
  | 'state-teardown'
  | 'request'
  | 'message-provider'
  | 'unsupported'
  | 'invalid-pact';

/**
 * One reason an interaction failed. `path` is a JSON path for bodies, a name for headers, `$`
 * otherwise.
 *
 * @example
 * const issue: VerificationIssue = { code: 'status', path: '$', expected: 201, actual: 500,
 *   message: 'expected 201 but was 500' };
 */
export interface VerificationIssue {
  readonly code: VerificationIssueCode;
  readonly path: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly message: string;
}

/**
 * The outcome of one interaction.
 *
 * @example
 * const failed = report.results.filter((r) => !r.ok && !r.pending);
 */
export interface InteractionResult {
  readonly consumer: string;
  readonly provider: string;
  readonly description: string;
  /** The Pact Broker's id of the interaction (`_id`), sent back with published results. */
  readonly interactionId?: string;
  readonly kind: 'http' | 'message' | 'sync-message' | 'other';
  /** Names of the interaction's provider states. */
  readonly providerStates: readonly string[];
  /** Where the pact came from (file or URL). */
  readonly source: string;
  /** V4 comments: the consumer test's name and free text, shown with the result. */
  readonly comments?: { readonly testName?: string; readonly text: readonly string[] };
  /** A pending interaction or pact: a failure is reported but does not fail the run. */
  readonly pending: boolean;
  readonly ok: boolean;
  readonly issues: readonly VerificationIssue[];
  /** Things worth knowing that did not fail it (a state with no handler, a value not generated). */
  readonly warnings: readonly string[];
  readonly durationMs: number;
}

/**
 * The outcome of a verification run. `ok` is false when any non-pending interaction failed, or a
 * provider version tag could not be published (`publishErrors`).
 *
 * @example
 * const report = await verifyProvider({ providerBaseUrl, pactFiles: ['pacts'] });
 * process.exitCode = report.ok ? 0 : 1;
 */
export interface VerificationReport {
  readonly ok: boolean;
  readonly results: readonly InteractionResult[];
  readonly summary: {
    readonly total: number;
    readonly passed: number;
    readonly failed: number;
    /** Failures of pending interactions (not counted in `failed`). */
    readonly pendingFailed: number;
  };
  /** Run-level notes: pacts skipped for another provider, results not published… */
  readonly warnings: readonly string[];
  /**
   * Publication failures that fail the run: each provider version tag that could not be published
   * (no result is then published). Absent or empty when there were none.
   */
  readonly publishErrors?: readonly string[];
  readonly durationMs: number;
}
