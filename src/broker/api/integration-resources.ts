/**
 * `GET /integrations`: every consumer–provider pair with a pact, its latest pact and how that was
 * verified, as HAL+JSON, or as a Graphviz digraph when the client accepts `text/vnd.graphviz`
 * (as the Pact Broker offers).
 */

import { verificationStatus } from '../matrix/verification-status.ts';
import { routePaths } from '../paths/route-paths.ts';
import { halResponse } from './responses.ts';
import type { Route } from './router.ts';

/**
 * The integration routes.
 *
 * @example
 * const routes = [...integrationRoutes];
 */
export const integrationRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: routePaths.integrations,
    handle: async ({ request, store, links }) => {
      const integrations = await store.listIntegrations();
      if ((request.headers.get('accept') ?? '').includes('text/vnd.graphviz')) {
        const quote = (name: string) => JSON.stringify(name);
        const edges = integrations.map((item) => `  ${quote(item.consumer)} -> ${quote(item.provider)}`);
        return new Response(`digraph { \n${edges.join('\n')}\n}\n`, {
          headers: { 'content-type': 'text/vnd.graphviz;charset=utf-8' },
        });
      }
      return halResponse({
        _embedded: {
          integrations: integrations.map((item) => ({
            consumer: { name: item.consumer, _links: { self: { href: links.pacticipant(item.consumer) } } },
            provider: { name: item.provider, _links: { self: { href: links.pacticipant(item.provider) } } },
            createdAt: item.createdAt,
            verificationStatus: verificationStatus(item),
            latestPactPublishedAt: item.latestPact.publishedAt,
            latestVerificationResultPublishedAt: item.lastVerifiedAt ?? null,
            _links: {
              'pb:latest-pact': {
                title: 'Latest pact',
                href: links.pact(item.provider, item.consumer, item.latestPact.consumerVersion),
              },
              'pb:badge': {
                title: 'Status badge',
                href: `${links.latestPact(item.provider, item.consumer)}/badge`,
              },
            },
          })),
        },
        _links: { self: { href: links.integrations() } },
      });
    },
  },
];
