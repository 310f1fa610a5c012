/** pact-js's `HTTPResponseStatusClass`: the status classes `matchStatus` accepts. */

/**
 * The HTTP status classes of pact-js's status-code matcher (RFC 7231 ranges).
 *
 * @example
 * matchStatus(201, HTTPResponseStatusClass.Success);
 */
export const HTTPResponseStatusClass = Object.freeze({
  Information: 'information',
  Success: 'success',
  Redirect: 'redirect',
  ClientError: 'clientError',
  ServerError: 'serverError',
  NonError: 'nonError',
  Error: 'error',
} as const);

/**
 * One of the {@link HTTPResponseStatusClass} values.
 *
 * @example
 * const success: HTTPResponseStatusClass = HTTPResponseStatusClass.Success;
 */
export type HTTPResponseStatusClass = (typeof HTTPResponseStatusClass)[keyof typeof HTTPResponseStatusClass];
