import { SeamError, type SeamErrorCode } from '../errors.ts';

/**
 * A {@link SeamError} that carries the HTTP status to answer with: thrown while turning a node request
 * into a fetch `Request` when the request cannot be served (too large, malformed target, a method
 * fetch refuses), and by handlers for a request they refuse; the adapter answers with `status`. Its
 * `code` follows the status (413 `too-large`, 405 `method-not-allowed`, 404 `not-found`, any other
 * `invalid-request`).
 *
 * @example
 * throw new HttpStatusError(413, 'the request body is larger than the 1024-byte limit');
 */
export class HttpStatusError extends SeamError {
  readonly status: number;

  constructor(status: number, message: string, options: { readonly cause?: unknown } = {}) {
    super(codeOfStatus(status), message, options);
    this.name = 'HttpStatusError';
    this.status = status;
  }
}

function codeOfStatus(status: number): SeamErrorCode {
  if (status === 413) return 'too-large';
  if (status === 405) return 'method-not-allowed';
  if (status === 404) return 'not-found';
  return 'invalid-request';
}
