import { SeamError, type SeamErrorCode } from '../errors.ts';
import { HttpStatusError } from './http-status-error.ts';

// The one table from error code to HTTP status: misuse by the caller is a 4xx, a broken environment
// or seam itself a 5xx.
const statusByCode: Readonly<Record<SeamErrorCode, number>> = {
  usage: 400,
  config: 500,
  io: 502,
  parse: 400,
  'invalid-pact': 400,
  'invalid-matching-rule': 400,
  'invalid-generator': 400,
  'generator-limit': 400,
  unsupported: 501,
  internal: 500,
  'invalid-request': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'too-large': 413,
  timeout: 504,
};

/**
 * The HTTP status that answers a thrown value: an {@link HttpStatusError}'s own status, a
 * {@link SeamError}'s by its code, 500 for anything else.
 *
 * @example
 * httpStatusOf(new SeamError('invalid-pact', 'no consumer')); // 400
 * httpStatusOf(new HttpStatusError(413, 'too large')); // 413
 * httpStatusOf(new TypeError('bug')); // 500
 */
export function httpStatusOf(error: unknown): number {
  if (error instanceof HttpStatusError) return error.status;
  if (error instanceof SeamError) return statusByCode[error.code];
  return 500;
}
