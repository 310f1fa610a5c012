/** What replaying one interaction needs, and what it yields before it becomes a result. */
import type { Mismatch } from '../../match/index.ts';
import type { PactSource } from './pact-sources.ts';
import type { SendLimits } from './send.ts';
import type { VerificationIssue } from './verification-report.ts';
import type { VerifyProviderOptions } from './verify-options.ts';

/**
 * The pact being verified, the options, and the request limits.
 *
 * @example
 * const context: ReplayContext = { source, options, limits: { timeoutMs: 30_000, maxBodyBytes: 1 << 24 } };
 */
export interface ReplayContext {
  readonly source: PactSource;
  readonly options: VerifyProviderOptions;
  readonly limits: SendLimits;
}

/**
 * Issues and warnings found while replaying.
 *
 * @example
 * const outcome: ReplayOutcome = { issues: [], warnings: [] };
 */
export interface ReplayOutcome {
  readonly issues: VerificationIssue[];
  readonly warnings: string[];
}

/**
 * A matching-engine mismatch as a verification issue (its code is the part).
 *
 * @example
 * fromMismatch({ code: 'status', path: '$', expected: 200, actual: 500, message: 'expected 200 but was 500' });
 */
export function fromMismatch(mismatch: Mismatch, prefix = ''): VerificationIssue {
  return {
    code: mismatch.code,
    path: mismatch.path,
    expected: mismatch.expected,
    actual: mismatch.actual,
    message: `${prefix}${mismatch.message}`,
  };
}

/**
 * A failed step as an issue.
 *
 * @example
 * stepIssue('request', 'Request failed: GET http://127.0.0.1:1/: connect ECONNREFUSED');
 */
export function stepIssue(code: VerificationIssue['code'], message: string): VerificationIssue {
  return { code, path: '$', message };
}
