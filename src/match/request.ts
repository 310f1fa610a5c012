/** Matching an HTTP request: method, path, query, headers, body (requests allow no unexpected keys). */
import { compareHttpBodies } from './body/match-body.ts';
import { categoryContext } from './contexts.ts';
import { guarded } from './guarded.ts';
import { matchHeaderMaps } from './headers.ts';
import type { MatchingContext } from './matching-context.ts';
import type { HttpRequest, MatchResult, Mismatch } from './model.ts';
import { type MatchOptions, specOf } from './options.ts';
import { matchQueryMaps } from './query.ts';
import { matchQueryStringV1 } from './query-v1.ts';
import { compareMethods, comparePaths } from './request-line.ts';

/**
 * Compares a received request with the expected one.
 *
 * @example
 * const result = matchRequest(
 *   { method: 'GET', path: '/orders', body: { state: 'missing' } },
 *   { method: 'GET', path: '/orders', query: { page: ['2'] }, body: { state: 'missing' } },
 * );
 * result.ok; // false: "Unexpected query parameter 'page' received"
 */
export function matchRequest(
  expected: HttpRequest,
  actual: HttpRequest,
  options?: MatchOptions,
): MatchResult {
  return guarded(() => requestMismatches(expected, actual, options));
}

function requestMismatches(expected: HttpRequest, actual: HttpRequest, options?: MatchOptions): Mismatch[] {
  const spec = specOf(options);
  const rules = expected.matchingRules;
  const headerContext = categoryContext(rules, 'header', false, spec);
  return [
    ...compareMethods(expected.method, actual.method),
    ...comparePaths(expected.path, actual.path, categoryContext(rules, 'path', false, spec)),
    ...compareQuery(expected, actual, categoryContext(rules, 'query', false, spec)),
    ...matchHeaderMaps(expected.headers, actual.headers, headerContext),
    ...compareHttpBodies(expected, actual, categoryContext(rules, 'body', false, spec), headerContext),
  ];
}

function compareQuery(expected: HttpRequest, actual: HttpRequest, context: MatchingContext): Mismatch[] {
  if (context.spec === 'V1' && (expected.queryString !== undefined || actual.queryString !== undefined)) {
    return matchQueryStringV1(queryText(expected), queryText(actual));
  }
  return matchQueryMaps(expected.query, actual.query, context);
}

function queryText(request: HttpRequest): string {
  if (request.queryString !== undefined) return request.queryString;
  const pairs = Object.entries(request.query ?? {}).flatMap(([name, values]) =>
    values.map((value) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`),
  );
  return pairs.join('&');
}
