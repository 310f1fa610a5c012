/** Plain words for the errors node:http reports on a client request. */

const byCode: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (is the server running and listening on that address and port?)',
  ECONNRESET: 'the server reset the connection',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved (temporary DNS failure)',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EPIPE: 'the server closed the connection while the request was being sent',
};

/**
 * Says what a client request error means: a refused connection, a reset, a malformed response…
 *
 * @example
 * describeRequestError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
 * // 'connection refused (is the server running and listening on that address and port?)'
 */
export function describeRequestError(error: Error): string {
  const code = 'code' in error ? String(error.code) : '';
  if (code.startsWith('HPE_')) return `the server sent a malformed HTTP response (${error.message})`;
  if (error.message === 'socket hang up') return 'the server closed the connection without a complete answer';
  if (error.message === 'aborted') return 'the connection closed before the response body was complete';
  return byCode[code] ?? error.message;
}
