/**
 * The base URL of the broker's links: configured (the Pact Broker's `PACT_BROKER_BASE_URL`), so a
 * forged Host header cannot put another server's address into links and webhooks; the Host only
 * when none is configured.
 */
import { SeamError } from '../../core/index.ts';
import { baseUrlOf } from '../paths/links.ts';

/**
 * The configured base URLs: one URL, or several separated by spaces (as `PACT_BROKER_BASE_URL`
 * takes them), without trailing slashes.
 *
 * @throws SeamError `usage` naming the entry that is not an absolute http(s) URL.
 * @example
 * parseBaseUrls('https://broker.example.com/ http://broker.internal:9292'); // ['https://broker.example.com', 'http://broker.internal:9292']
 */
export function parseBaseUrls(value: string | readonly string[]): string[] {
  const entries = (typeof value === 'string' ? [value] : value).flatMap((item) => item.split(/\s+/));
  return entries.filter((entry) => entry !== '').map(checkedBaseUrl);
}

/**
 * The base URL of a request's links: among the configured ones, the one the request arrived on
 * (by its Host), else the first; with none configured, the Host (as the Pact Broker does).
 *
 * @example
 * baseUrlFor(new Request('http://127.0.0.1/', { headers: { host: 'evil.example' } }), ['https://broker.example.com']);
 * // 'https://broker.example.com'
 */
export function baseUrlFor(request: Request, configured: readonly string[]): string {
  const fromHost = baseUrlOf(request);
  const [first] = configured;
  if (first === undefined) return fromHost;
  return configured.includes(fromHost) ? fromHost : first;
}

function checkedBaseUrl(entry: string): string {
  let url: URL | undefined;
  try {
    url = new URL(entry);
  } catch {
    url = undefined;
  }
  if (url === undefined || !/^https?:$/.test(url.protocol) || url.search !== '' || url.hash !== '')
    throw new SeamError(
      'usage',
      `The broker's base URL "${entry}" is not an absolute http(s) URL without query or fragment; give one like https://broker.example.com.`,
    );
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
