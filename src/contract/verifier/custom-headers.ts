/**
 * Custom headers for every request sent to the provider (`customHeaders`, the Pact verifier's
 * `--header`, pact-js's `customProviderHeaders`): each replaces the pact's header of the same name.
 */
import { SeamError } from '../../core/index.ts';
import type { HttpRequest } from '../../match/index.ts';

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The request with the custom headers set, names compared case-insensitively.
 *
 * @example
 * withCustomHeaders(request, { Authorization: 'Bearer t' }).headers; // { …, Authorization: ['Bearer t'] }
 */
export function withCustomHeaders(
  request: HttpRequest,
  custom: Readonly<Record<string, string>> | undefined,
): HttpRequest {
  if (custom === undefined || Object.keys(custom).length === 0) return request;
  const names = new Set(Object.keys(custom).map((name) => name.toLowerCase()));
  const kept = Object.entries(request.headers ?? {}).filter(([name]) => !names.has(name.toLowerCase()));
  const added = Object.entries(custom).map(([name, value]): [string, string[]] => [name, [value]]);
  return { ...request, headers: Object.fromEntries([...kept, ...added]) };
}

/**
 * Throws a `config` SeamError for a header that cannot be sent: a name that is not an HTTP token,
 * or a value with a line break or another control character.
 *
 * @example
 * checkCustomHeaders({ 'X-Trace': 'abc' }); // fine
 */
export function checkCustomHeaders(custom: Readonly<Record<string, string>> | undefined): void {
  for (const [name, value] of Object.entries(custom ?? {})) {
    if (!headerName.test(name))
      throw new SeamError(
        'config',
        `the custom header name ${JSON.stringify(name)} is not a valid header name`,
      );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
    if (typeof value !== 'string' || /[\u0000-\u0008\u000a-\u001f\u007f]/.test(value))
      throw new SeamError(
        'config',
        `the value of the custom header ${name} must be text on one line, got ${JSON.stringify(value)}`,
      );
  }
}
