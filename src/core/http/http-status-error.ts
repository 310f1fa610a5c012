/** A request the node adapter answers itself, before the handler sees it. */

/**
 * Thrown while turning a node request into a fetch `Request` when the request cannot be served
 * (too large, malformed target, a method fetch refuses); the adapter answers with `status`.
 *
 * @example
 * throw new HttpStatusError(413, 'the request body is larger than the 1024-byte limit');
 */
export class HttpStatusError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'HttpStatusError';
    this.status = status;
  }
}
