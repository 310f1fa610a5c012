/** Matching an HTTP response: body (unexpected keys allowed), status, headers. */
import { compareHttpBodies } from './body/match-body.ts';
import { categoryContext } from './contexts.ts';
import { guarded } from './guarded.ts';
import { matchHeaderMaps } from './headers.ts';
import type { HttpResponse, MatchResult } from './model.ts';
import { type MatchOptions, specOf } from './options.ts';
import { compareStatuses } from './status.ts';

/**
 * Compares a received response with the expected one.
 *
 * @example
 * matchResponse({ status: 200, body: { state: 'missing' } }, { status: 404, body: { state: 'missing' } });
 * // { ok: false, issues: [{ code: 'status', message: 'expected 200 but was 404', ... }] }
 */
export function matchResponse(
  expected: HttpResponse,
  actual: HttpResponse,
  options?: MatchOptions,
): MatchResult {
  return guarded(() => {
    const spec = specOf(options);
    const rules = expected.matchingRules;
    const headerContext = categoryContext(rules, 'header', false, spec);
    return [
      ...compareHttpBodies(expected, actual, categoryContext(rules, 'body', true, spec), headerContext),
      ...compareStatuses(expected.status, actual.status, categoryContext(rules, 'status', true, spec)),
      ...matchHeaderMaps(expected.headers, actual.headers, headerContext),
    ];
  });
}
