/** A stored pact as the Pact Broker serves it: the content plus `createdAt` and `pb:` links. */

import type { BrokerLinks } from '../paths/links.ts';
import type { PactPublication } from '../store/broker-store.ts';

/**
 * The HAL body of a pact publication.
 *
 * @example
 * halResponse(pactBody(publication, linksFor(base)));
 */
export function pactBody(pact: PactPublication, links: BrokerLinks): Record<string, unknown> {
  const content = JSON.parse(pact.content) as Record<string, unknown>;
  const { provider, consumer, consumerVersion, sha } = pact;
  return {
    ...content,
    createdAt: pact.createdAt,
    _links: {
      self: { title: 'Pact', name: pactName(pact), href: links.pact(provider, consumer, consumerVersion) },
      'pb:consumer': { title: 'Consumer', name: consumer, href: links.pacticipant(consumer) },
      'pb:consumer-version': {
        title: 'Consumer version',
        name: consumerVersion,
        href: links.version(consumer, consumerVersion),
      },
      'pb:provider': { title: 'Provider', name: provider, href: links.pacticipant(provider) },
      'pb:pact-version': {
        title: 'Pact content version',
        name: sha,
        href: links.pactVersion(provider, consumer, sha),
      },
      'pb:latest-pact-version': { title: 'Latest pact', href: links.latestPact(provider, consumer) },
      'pb:publish-verification-results': {
        title: 'Publish verification results',
        href: links.verificationResults(provider, consumer, sha),
      },
      'pb:latest-verification-results': {
        href: links.verificationResult(provider, consumer, sha, 'latest'),
      },
    },
  };
}

/**
 * "Pact between web (1.0.0) and orders", as the Pact Broker names pacts.
 *
 * @example
 * pactName(publication);
 */
export function pactName(pact: PactPublication): string {
  return `Pact between ${pact.consumer} (${pact.consumerVersion}) and ${pact.provider}`;
}
