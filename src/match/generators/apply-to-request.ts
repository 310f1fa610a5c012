/** Generating a request from its expected form: method, path, headers, query, then body. */
import type { HttpRequest } from '../model.ts';
import { applyToBody } from './apply-to-body.ts';
import { applyToHeaders, applyToQuery, applyToText } from './apply-to-parts.ts';
import type { GeneratorContext } from './context.ts';
import { targetsOf } from './targets.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The value of a header, found case-insensitively. */
export function headerValue(headers: HttpRequest['headers'], name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers?.[key]?.join(', ');
}

function applyQuery(request: Mutable<HttpRequest>, context: GeneratorContext): void {
  const targets = targetsOf(request.generators, ['query'], context);
  if (targets.length === 0) return;
  request.query = applyToQuery(request.query, targets, context) ?? {};
  // The V1/V2 query text no longer says what the query holds.
  delete request.queryString;
}

/**
 * A copy of the request with its generators applied for `context.mode`, as the Rust core's
 * `generate_request`. The input is not changed. Values that cannot be generated (a missing
 * provider-state key, invalid generator parameters, a body that is not JSON/XML/form) are left
 * as they were and reported to `context.onIssue`; this never throws for them. A generator that
 * would produce more than `maxGeneratedLength` characters (or all of them together more than
 * `maxGeneratedTotal`) throws `SeamError('generator-limit')`:
 * the request cannot be built. Method generators are applied too (the Rust core ignores them).
 *
 * @example
 * const request: HttpRequest = {
 *   method: 'GET', path: '/orders/1', body: { state: 'missing' },
 *   generators: { path: { $: { type: 'ProviderState', expression: '/orders/${id}' } } },
 * };
 * generateRequest(request, { mode: 'provider', providerState: { id: 42 } }).path; // '/orders/42'
 */
export function generateRequest(request: HttpRequest, given: GeneratorContext): HttpRequest {
  // A fresh context object per call: the total generated is counted per request, response or message.
  const context: GeneratorContext = { ...given };
  const generators = request.generators;
  if (generators === undefined) return request;
  const result: Mutable<HttpRequest> = { ...request };
  result.method = applyToText(request.method, targetsOf(generators, ['method'], context), context);
  result.path = applyToText(request.path, targetsOf(generators, ['path'], context), context);
  const headers = applyToHeaders(request.headers, targetsOf(generators, ['header'], context), context);
  if (headers !== undefined) result.headers = headers;
  applyQuery(result, context);
  const contentType = headerValue(request.headers, 'content-type');
  result.body = applyToBody(request.body, targetsOf(generators, ['body'], context), context, contentType);
  return result;
}
