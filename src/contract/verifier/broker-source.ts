/**
 * Pacts from a Pact Broker: the `pb:provider-pacts-for-verification` HAL relation (POST with the
 * consumer version selectors), then each pact it lists, with its pending status.
 */
import { definedOnly, SeamError } from '../../core/index.ts';
import { brokerJson, linkHref } from './broker-json.ts';
import type { PactSource } from './pact-sources.ts';
import { validatedSource } from './validated-pact.ts';
import type { VerifyProviderOptions } from './verify-options.ts';

interface ListedPact {
  readonly verificationProperties?: { readonly pending?: boolean };
  readonly _links?: { readonly self?: { readonly href?: string } };
}

/**
 * Fetches the pacts the broker selects for the provider.
 *
 * @throws SeamError `config` without a provider name; `io`/`parse`/`invalid-pact` from the broker.
 * @example
 * const sources = await fetchBrokerPacts('http://broker', { provider: 'orders', consumerVersionSelectors: [{ mainBranch: true }] });
 */
export async function fetchBrokerPacts(
  brokerUrl: string,
  options: VerifyProviderOptions,
): Promise<PactSource[]> {
  const provider = options.provider;
  if (provider === undefined)
    throw new SeamError(
      'config',
      'fetching pacts from a Pact Broker needs the provider name (provider, --provider)',
    );
  const base = brokerUrl.replace(/\/+$/, '');
  const index = await brokerJson(base, 'GET', undefined, options);
  const url =
    linkHref(index, 'pb:provider-pacts-for-verification', { provider }) ??
    `${base}/pacts/provider/${encodeURIComponent(provider)}/for-verification`;
  const listing = await brokerJson(url, 'POST', forVerificationBody(options), options);
  const listed = (listing as { _embedded?: { pacts?: ListedPact[] } })._embedded?.pacts ?? [];
  return Promise.all(listed.map((entry) => loadListedPact(entry, options)));
}

function forVerificationBody(options: VerifyProviderOptions): Record<string, unknown> {
  return {
    consumerVersionSelectors: options.consumerVersionSelectors ?? [],
    includePendingStatus: options.enablePending === true,
    ...(options.providerVersionBranch === undefined
      ? {}
      : { providerVersionBranch: options.providerVersionBranch }),
    ...(options.providerVersionTags === undefined || options.providerVersionTags.length === 0
      ? {}
      : { providerVersionTags: options.providerVersionTags }),
    ...(options.includeWipPactsSince === undefined
      ? {}
      : { includeWipPactsSince: options.includeWipPactsSince }),
  };
}

async function loadListedPact(entry: ListedPact, options: VerifyProviderOptions): Promise<PactSource> {
  const href = entry._links?.self?.href;
  if (typeof href !== 'string')
    throw new SeamError('parse', 'a pact listed by the Pact Broker has no self link');
  const json = await brokerJson(href, 'GET', undefined, options);
  const pending = options.enablePending === true && entry.verificationProperties?.pending === true;
  const publishUrl = linkHref(json, 'pb:publish-verification-results');
  const providerUrl = linkHref(json, 'pb:provider');
  return validatedSource(json, href, definedOnly({ pending, publishUrl, providerUrl }));
}
