/** Generating a response from its expected form: status, headers, then body. */
import type { HttpResponse } from '../model.ts';
import { applyToBody } from './apply-to-body.ts';
import { applyToHeaders, applyToStatus } from './apply-to-parts.ts';
import { headerValue } from './apply-to-request.ts';
import type { GeneratorContext } from './context.ts';
import { targetsOf } from './targets.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A copy of the response with its generators applied for `context.mode`, as the Rust core's
 * `generate_response`. The input is not changed; values that cannot be generated are left as they
 * were and reported to `context.onIssue`.
 *
 * @example
 * const response: HttpResponse = {
 *   status: 200, body: { state: 'missing' },
 *   generators: { status: { $: { type: 'RandomInt', min: 201, max: 299 } } },
 * };
 * generateResponse(response, { mode: 'consumer' }).status; // e.g. 245
 */
export function generateResponse(response: HttpResponse, given: GeneratorContext): HttpResponse {
  // A fresh context object per call: the total generated is counted per request, response or message.
  const context: GeneratorContext = { ...given };
  const generators = response.generators;
  if (generators === undefined) return response;
  const result: Mutable<HttpResponse> = { ...response };
  result.status = applyToStatus(response.status, targetsOf(generators, ['status'], context), context);
  const headers = applyToHeaders(response.headers, targetsOf(generators, ['header'], context), context);
  if (headers !== undefined) result.headers = headers;
  const contentType = headerValue(response.headers, 'content-type');
  result.body = applyToBody(response.body, targetsOf(generators, ['body'], context), context, contentType);
  return result;
}
