/**
 * The broker's one error mapper: whatever a route throws (or the router refuses) becomes the Pact
 * Broker's JSON error shape here, as hono's `HTTPException.getResponse()` does, so handlers throw
 * or return and never build an error answer for a thrown error themselves.
 */
import { HttpStatusError, httpStatusOf, SeamError } from '../../core/index.ts';
import { BodyError } from './request-body.ts';
import { errorResponse, halResponse, internalErrorResponse, validationResponse } from './responses.ts';

/**
 * A path that exists for other methods only: answered 405 with an `Allow` header.
 *
 * @example
 * throw new MethodNotAllowedError('DELETE', '/pacticipants', ['GET', 'POST']);
 */
export class MethodNotAllowedError extends HttpStatusError {
  readonly allow: readonly string[];

  constructor(method: string, path: string, allow: readonly string[]) {
    super(405, `${method} is not allowed on ${path}; use ${allow.join(' or ')}.`);
    this.name = 'MethodNotAllowedError';
    this.allow = allow;
  }
}

/**
 * The answer to a thrown value: validation errors as `{ errors }` (400), any other SeamError with a
 * 4xx status (by its code, see `httpStatusOf`) as `{ error: { message } }`, 405 with its `Allow`
 * header; anything else (a 5xx SeamError, a bug, a database's message) is not answered in detail:
 * `logInternal` logs it and returns the reference the 500 answer shows.
 *
 * @example
 * return errorResponseOf(error, (detail) => logged(detail));
 */
export function errorResponseOf(error: unknown, logInternal: (error: unknown) => string): Response {
  const status = httpStatusOf(error);
  if (!(error instanceof SeamError) || status >= 500) return internalErrorResponse(logInternal(error));
  if (error instanceof BodyError && error.errors !== undefined) return validationResponse(error.errors);
  if (error instanceof MethodNotAllowedError)
    return halResponse({ error: { message: error.message } }, 405, { allow: error.allow.join(', ') });
  return errorResponse(status, error.message);
}
