/** Flags that name a server (`--broker-url`): an http:// or https:// URL, else a usage error. */

/**
 * Why `value` of `flag` is not an http(s) URL, in one line; undefined when it is one.
 *
 * @example
 * httpUrlProblem('--broker-url', 'http://localhost:9292'); // undefined
 * httpUrlProblem('--broker-url', 'localhost:9292'); // '--broker-url must be an http:// or https:// URL, got "localhost:9292".'
 */
export function httpUrlProblem(flag: string, value: string): string | undefined {
  if (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)) return undefined;
  return `${flag} must be an http:// or https:// URL, got "${value}".`;
}
