/** What a mock server saw: matched requests, and the issues a failing test reports. */
import type { Mismatch } from '../../match/index.ts';

/**
 * A request line, as a report shows it.
 *
 * @example
 * const line: RequestLine = { method: 'POST', path: '/payments' };
 */
export interface RequestLine {
  readonly method: string;
  readonly path: string;
  /** The query string, without `?`, when the request had one. */
  readonly query?: string;
}

/**
 * The interaction a request came closest to matching, and how it differs.
 *
 * @example
 * const closest: ClosestInteraction = { interaction: 'pay order', mismatches: [] };
 */
export interface ClosestInteraction {
  readonly interaction: string;
  readonly mismatches: readonly Mismatch[];
}

/**
 * One problem a mock server recorded:
 * - `missing`: an interaction was never requested;
 * - `unexpected`: a request no interaction matched, not even by method and path (`closest` says
 *   which interaction came nearest, if any; `expected` counts the interactions);
 * - `mismatch`: a request whose method and path matched an interaction but whose other parts did not;
 * - `generator`: a request matched an interaction whose response could not be generated (a
 *   generator that would produce more than `maxGeneratedLength` characters); it was answered 500.
 *
 * @example
 * const issue: MockServerIssue = { code: 'missing', interaction: 'get order', request: { method: 'GET', path: '/orders/1' } };
 */
export type MockServerIssue =
  | { readonly code: 'missing'; readonly interaction: string; readonly request: RequestLine }
  | {
      readonly code: 'unexpected';
      readonly request: RequestLine;
      readonly expected: number;
      readonly closest?: ClosestInteraction;
    }
  | {
      readonly code: 'mismatch';
      readonly interaction: string;
      readonly request: RequestLine;
      readonly expected: number;
      readonly mismatches: readonly Mismatch[];
    }
  | {
      readonly code: 'generator';
      readonly interaction: string;
      readonly request: RequestLine;
      /** Why the response could not be generated (a generator over the size limit). */
      readonly message: string;
    };

/**
 * The outcome of a mock-server session: `ok` when every interaction was requested and every
 * request matched one.
 *
 * @example
 * const result = mockServer.results();
 * if (!result.ok) throw new Error(formatMockServerReport(result));
 */
export interface MockServerResult {
  readonly ok: boolean;
  readonly issues: readonly MockServerIssue[];
  /** How many requests matched an interaction. */
  readonly matched: number;
}
