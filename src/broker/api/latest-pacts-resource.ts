/** `GET /pacts/latest` (`pb:latest-pact-versions`): the latest pact of every integration. */

import type { BrokerLinks } from '../paths/links.ts';
import { routePaths } from '../paths/route-paths.ts';
import type { Integration } from '../store/broker-store.ts';
import { halResponse } from './responses.ts';
import type { Route } from './router.ts';

/**
 * The latest-pacts route, which the official Pact CLI's `list-latest-pact-versions` follows.
 *
 * @example
 * const routes = [latestPactsRoute];
 */
export const latestPactsRoute: Route = {
  method: 'GET',
  pattern: routePaths.latestPacts,
  handle: async ({ store, links }) => {
    const integrations = await store.listIntegrations();
    return halResponse({
      _links: {
        self: { href: links.latestPacts() },
        'pb:pacts': integrations.map((integration) => ({
          href: links.latestPact(integration.provider, integration.consumer),
          title: `Latest pact between ${integration.consumer} and ${integration.provider}`,
        })),
      },
      pacts: integrations.map((integration) => latestPactEntry(integration, links)),
    });
  },
};

function latestPactEntry(integration: Integration, links: BrokerLinks) {
  const { consumer, provider, latestPact } = integration;
  return {
    createdAt: latestPact.publishedAt,
    _embedded: {
      consumer: {
        name: consumer,
        _links: { self: { href: links.pacticipant(consumer) } },
        _embedded: {
          version: {
            number: latestPact.consumerVersion,
            _links: {
              self: {
                title: 'Version',
                name: latestPact.consumerVersion,
                href: links.version(consumer, latestPact.consumerVersion),
              },
            },
          },
        },
      },
      provider: { name: provider, _links: { self: { href: links.pacticipant(provider) } } },
    },
    _links: {
      self: [
        { href: links.latestPact(provider, consumer) },
        { href: links.pact(provider, consumer, latestPact.consumerVersion) },
      ],
    },
  };
}
