/** Recording what a mock server saw. */
import type { HttpRequest } from '../../match/index.ts';
import type { HttpInteraction } from '../model/pact.ts';
import type { MockServerIssue, MockServerResult, RequestLine } from './mock-server-result.ts';
import type { Selection } from './select-interaction.ts';

/**
 * The record of one mock-server session. Each request is recorded in one synchronous step after
 * its body has been read, so concurrent requests cannot interleave their records.
 *
 * @example
 * const recorder = createMockRecorder(interactions);
 * recorder.record(actual, selectInteraction(interactions, actual, 'V4', recorder.hits));
 * recorder.results().ok;
 */
export interface MockRecorder {
  /** How many requests matched each interaction, by index. */
  readonly hits: readonly number[];
  /** Records a request; returns the issue it raised, if any. */
  record(request: HttpRequest, selection: Selection): MockServerIssue | undefined;
  /** Records that the response of a matched interaction could not be generated; returns the issue. */
  recordUnanswered(index: number, request: HttpRequest, message: string): MockServerIssue;
  results(): MockServerResult;
}

/**
 * Creates an empty record for the interactions.
 *
 * @example
 * const recorder = createMockRecorder(pact.interactions.filter((i) => i.kind === 'http'));
 */
export function createMockRecorder(interactions: readonly HttpInteraction[]): MockRecorder {
  const hits = interactions.map(() => 0);
  const issues: MockServerIssue[] = [];
  let matched = 0;
  return {
    hits,
    record(request, selection) {
      if (selection.kind === 'matched') {
        hits[selection.index] = (hits[selection.index] ?? 0) + 1;
        matched++;
        return undefined;
      }
      const issue = requestIssue(interactions, request, selection);
      issues.push(issue);
      return issue;
    },
    recordUnanswered(index, request, message) {
      matched--;
      const interaction = interactions[index]?.description ?? '';
      const issue: MockServerIssue = {
        code: 'generator',
        interaction,
        request: requestLine(request),
        message,
      };
      issues.push(issue);
      return issue;
    },
    results() {
      const all = [...issues, ...missing(interactions, hits)];
      return { ok: all.length === 0, issues: all, matched };
    },
  };
}

function requestIssue(
  interactions: readonly HttpInteraction[],
  request: HttpRequest,
  selection: Exclude<Selection, { kind: 'matched' }>,
): MockServerIssue {
  const line = requestLine(request);
  const expected = interactions.length;
  if (selection.kind === 'none') return { code: 'unexpected', request: line, expected };
  const interaction = interactions[selection.index]?.description ?? '';
  const { mismatches } = selection;
  if (selection.sameLine) return { code: 'mismatch', interaction, request: line, expected, mismatches };
  return { code: 'unexpected', request: line, expected, closest: { interaction, mismatches } };
}

function missing(interactions: readonly HttpInteraction[], hits: readonly number[]): MockServerIssue[] {
  return interactions.flatMap((interaction, index) =>
    hits[index] === 0
      ? [
          {
            code: 'missing' as const,
            interaction: interaction.description,
            request: requestLine(interaction.request),
          },
        ]
      : [],
  );
}

/**
 * The request line of a request, for reports.
 *
 * @example
 * requestLine({ method: 'GET', path: '/orders', queryString: 'page=2', body: { state: 'missing' } });
 * // { method: 'GET', path: '/orders', query: 'page=2' }
 */
export function requestLine(request: HttpRequest): RequestLine {
  const query = request.queryString ?? queryText(request);
  return query === ''
    ? { method: request.method, path: request.path }
    : { method: request.method, path: request.path, query };
}

function queryText(request: HttpRequest): string {
  return new URLSearchParams(
    Object.entries(request.query ?? {}).flatMap(([name, values]) =>
      values.map((value): [string, string] => [name, value]),
    ),
  ).toString();
}
