/**
 * Test support: `orders` verifying `web`'s pact from a broker, and what the broker then serves of
 * the verification results.
 */

/**
 * Verifier options (seam's `verifyProvider`, pact-js's `Verifier`) that fetch the pacts of the
 * provider `orders` from the broker by the consumers' main branch, replay them against the
 * provider, and publish the results as provider version `orders-1`.
 *
 * @example
 * const report = await verifyProvider({ ...ordersVerification(provider.url, broker.url), providerVersionBranch: 'main' });
 */
export function ordersVerification(providerBaseUrl: string, pactBrokerUrl: string) {
  return {
    providerBaseUrl,
    pactBrokerUrl,
    provider: 'orders',
    consumerVersionSelectors: [{ mainBranch: true }],
    publishVerificationResult: true,
    providerVersion: 'orders-1',
  };
}

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
