/** Test support: what a broker serves of the verification results published for `web`'s pact with `orders`. */

/**
 * The broker's answer to the `pb:latest-verification-results` relation of web's pact with orders
 * at `pact` (`latest`, or `version/<number>`), fetched with `init` (credentials...).
 *
 * @example
 * const latest = await latestVerificationResult(broker.url);
 * assert.equal(((await latest.json()) as { success: boolean }).success, true);
 */
export async function latestVerificationResult(
  brokerUrl: string,
  pact = 'latest',
  init: RequestInit = {},
): Promise<Response> {
  const found = await fetch(`${brokerUrl}/pacts/provider/orders/consumer/web/${pact}`, init);
  const links = ((await found.json()) as { _links: Record<string, { href: string }> })._links;
  return fetch(links['pb:latest-verification-results']?.href ?? '', init);
}
