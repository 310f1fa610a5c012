/** JSON over HTTP with a Pact Broker: HAL links, auth, and errors that name the URL. */
import { SeamError } from '../../core/index.ts';
import { authorization } from './broker-auth.ts';
import { send } from './send.ts';
import type { VerifyProviderOptions } from './verify-options.ts';

const maxBrokerBytes = 64 * 1024 * 1024;

/**
 * Sends JSON to (or GETs JSON from) the broker and parses the answer.
 *
 * @throws SeamError `io` when the broker cannot be reached or answers outside 2xx; `parse` when
 *   the answer is not JSON.
 * @example
 * const index = await brokerJson('http://broker', 'GET', undefined, options);
 */
export async function brokerJson(
  url: string,
  method: 'GET' | 'POST' | 'PUT',
  body: unknown,
  options: VerifyProviderOptions,
): Promise<unknown> {
  const headers = {
    accept: ['application/hal+json, application/json'],
    ...(body === undefined ? {} : { 'content-type': ['application/json'] }),
    ...authorization(options),
  };
  const bytes = body === undefined ? undefined : new TextEncoder().encode(JSON.stringify(body));
  const limits = { timeoutMs: options.timeout ?? 30_000, maxBodyBytes: maxBrokerBytes };
  const answer = await send(
    { url, method, headers, ...(bytes === undefined ? {} : { body: bytes }) },
    limits,
  );
  if ('error' in answer)
    throw new SeamError('io', `the Pact Broker request failed: ${answer.error}`, { location: url });
  const text = new TextDecoder().decode(answer.body);
  if (answer.status < 200 || answer.status > 299) {
    throw new SeamError(
      'io',
      `the Pact Broker answered ${answer.status} to ${method}: ${text.slice(0, 300)}`,
      { location: url },
    );
  }
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch (cause) {
    throw new SeamError('parse', 'the Pact Broker answer is not JSON', { location: url, cause });
  }
}

/**
 * The `href` of a HAL link, with `{name}` template variables filled in.
 *
 * @example
 * linkHref({ _links: { 'pb:x': { href: 'http://b/p/{provider}' } } }, 'pb:x', { provider: 'orders' }); // 'http://b/p/orders'
 */
export function linkHref(
  json: unknown,
  rel: string,
  variables: Readonly<Record<string, string>> = {},
): string | undefined {
  const links = (json as { _links?: Record<string, { href?: unknown }> } | undefined)?._links;
  const href = links?.[rel]?.href;
  if (typeof href !== 'string') return undefined;
  return href.replace(/\{(\w+)\}/g, (whole, name: string) =>
    variables[name] === undefined ? whole : encodeURIComponent(variables[name]),
  );
}
