/**
 * The one error type seam throws. Expected outcomes (a mismatch, a failed verification) are data, not
 * errors; a `SeamError` means misuse or a broken environment, and its `code` says which.
 */
export type SeamErrorCode =
  | 'usage'
  | 'config'
  | 'io'
  | 'parse'
  | 'invalid-pact'
  | 'invalid-matching-rule'
  | 'invalid-generator'
  | 'generator-limit'
  | 'unsupported'
  | 'internal'
  /** A request that cannot be served as sent (HTTP 400). */
  | 'invalid-request'
  /** Nothing is there (HTTP 404). */
  | 'not-found'
  /** A method the server refuses (HTTP 405). */
  | 'method-not-allowed'
  /** A body over its limit (HTTP 413). */
  | 'too-large'
  /** Something did not finish in its time (HTTP 504). */
  | 'timeout';

/** Options for {@link SeamError}. */
export interface SeamErrorOptions {
  readonly cause?: unknown;
  /** Where the problem is: a file, a JSON path, a URL. */
  readonly location?: string;
}

/**
 * Base error of seam, with a literal `code` and a chained `cause`.
 *
 * @example
 * throw new SeamError('invalid-pact', 'interactions[0].request.method: expected a string, got 42', {
 *   location: 'pacts/order-payment.json',
 * });
 */
export class SeamError extends Error {
  readonly code: SeamErrorCode;
  readonly location: string | undefined;

  constructor(code: SeamErrorCode, message: string, options: SeamErrorOptions = {}) {
    super(options.location === undefined ? message : `${options.location}: ${message}`, {
      cause: options.cause,
    });
    this.name = 'SeamError';
    this.code = code;
    this.location = options.location;
  }
}

/**
 * The message of a thrown value: an `Error`'s `message`, anything else as `String(value)`.
 *
 * @example
 * errorMessage(new Error('boom')); // 'boom'
 * errorMessage('plain text'); // 'plain text'
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The `code` of a thrown `Error` (`ENOENT`, `EADDRINUSE`...) as a string, or `''` when it has none.
 *
 * @example
 * errorCode(Object.assign(new Error('missing'), { code: 'ENOENT' })); // 'ENOENT'
 * errorCode(new Error('boom')); // ''
 */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** True when `error` is a {@link SeamError}, optionally of the given code. */
export function isSeamError(error: unknown, code?: SeamErrorCode): error is SeamError {
  return error instanceof SeamError && (code === undefined || error.code === code);
}
