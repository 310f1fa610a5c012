/** `GET /`: the HAL index with the `pb:` relations clients follow. */
import { routePaths } from '../paths/route-paths.ts';
import { halResponse } from './responses.ts';
import type { Route } from './router.ts';

/**
 * The index route.
 *
 * @example
 * const routes = [indexRoute];
 */
export const indexRoute: Route = {
  method: 'GET',
  pattern: routePaths.index,
  handle: async ({ base }) => halResponse({ _links: indexLinks(base) }),
};

function indexLinks(base: string): Record<string, unknown> {
  const templated = (href: string, title: string) => ({ href: `${base}${href}`, title, templated: true });
  return {
    self: { href: base, title: 'Index' },
    'pb:publish-pact': templated(
      '/pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}',
      'Publish a pact',
    ),
    'pb:publish-contracts': { href: `${base}/contracts/publish`, title: 'Publish contracts' },
    'pb:latest-provider-pacts': templated('/pacts/provider/{provider}/latest', 'Latest pacts by provider'),
    'pb:provider-pacts-for-verification': templated(
      '/pacts/provider/{provider}/for-verification',
      'Pact versions to be verified for the specified provider',
    ),
    'pb:latest-provider-pacts-with-tag': templated(
      '/pacts/provider/{provider}/latest/{tag}',
      'Latest pacts by provider with the specified tag',
    ),
    'pb:latest-pact-versions': { href: `${base}/pacts/latest`, title: 'Latest pact versions' },
    'pb:provider-pacts': templated('/pacts/provider/{provider}', 'All pact versions for the provider'),
    'pb:provider-pacts-with-tag': templated(
      '/pacts/provider/{provider}/tag/{tag}',
      'All pact versions for the provider with the consumer version tag',
    ),
    'pb:provider-pacts-with-main-branch': templated(
      '/pacts/provider/{provider}/branch',
      "All pacts for a provider, from each consumer's main branch",
    ),
    'pb:provider-pacts-with-branch': templated(
      '/pacts/provider/{provider}/branch/{branch}',
      'All pacts for a provider, from the named branch of any consumer',
    ),
    'pb:latest-provider-pacts-with-main-branch': templated(
      '/pacts/provider/{provider}/branch/latest',
      "The latest pact for a provider from each consumer's main branch",
    ),
    'pb:latest-provider-pacts-with-branch': templated(
      '/pacts/provider/{provider}/branch/{branch}/latest',
      'The latest pact for a provider from the named branch of each consumer',
    ),
    'pb:branch-pact-versions': templated(
      '/pacts/provider/{provider}/consumer/{consumer}/branch/{branch}',
      "All versions of a pact from the consumer's named branch",
    ),
    'pb:latest-branch-pact-versions': templated(
      '/pacts/provider/{provider}/consumer/{consumer}/branch/{branch}/latest/versions',
      "The latest version of a pact from the consumer's named branch",
    ),
    'pb:main-branch-pact-versions': templated(
      '/pacts/provider/{provider}/consumer/{consumer}/branch/versions',
      "All versions of a pact from the consumer's main branch",
    ),
    'pb:latest-main-branch-pact-versions': templated(
      '/pacts/provider/{provider}/consumer/{consumer}/branch/latest/versions',
      "The latest version of a pact from the consumer's main branch",
    ),
    'pb:pacticipants': { href: `${base}/pacticipants`, title: 'Pacticipants' },
    'pb:pacticipant-version': templated(
      '/pacticipants/{pacticipant}/versions/{version}',
      'Get a pacticipant version',
    ),
    'pb:latest-pacticipant-version': templated(
      '/pacticipants/{pacticipant}/latest-version',
      'Latest pacticipant version',
    ),
    'pb:latest-version': templated(
      '/pacticipants/{pacticipant}/latest-version',
      'Latest pacticipant version',
    ),
    'pb:latest-tagged-version': templated(
      '/pacticipants/{pacticipant}/latest-version/{tag}',
      'Latest pacticipant version with the specified tag',
    ),
    'pb:pacticipant': templated('/pacticipants/{pacticipant}', 'Fetch pacticipant by name'),
    'pb:pacticipant-branch-version': templated(
      '/pacticipants/{pacticipant}/branches/{branch}/versions/{version}',
      'Get or add/create a version for a pacticipant branch',
    ),
    'pb:pacticipant-version-tag': templated(
      '/pacticipants/{pacticipant}/versions/{version}/tags/{tag}',
      'Get, create or delete a tag for a pacticipant version',
    ),
    'pb:environments': { href: `${base}/environments`, title: 'Environments' },
    'pb:environment': templated('/environments/{uuid}', 'Environment'),
    'pb:matrix': templated('/matrix', 'The matrix of pact publications and verification results'),
    'pb:can-i-deploy-pacticipant-version-to-environment': templated(
      '/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}',
      'Determine if a pacticipant version can be deployed to an environment',
    ),
    'pb:integrations': { href: `${base}/integrations`, title: 'Integrations' },
    'pb:can-i-deploy-branch-to-environment': templated(
      '/pacticipants/{pacticipant}/branches/{branch}/latest-version/can-i-deploy/to-environment/{environment}',
      'Determine if the latest version of a pacticipant branch can be deployed to an environment',
    ),
    'pb:can-i-deploy-branch-to-environment-badge': templated(
      '/pacticipants/{pacticipant}/branches/{branch}/latest-version/can-i-deploy/to-environment/{environment}/badge',
      'Can-i-deploy status badge for the latest version of a branch and an environment',
    ),
    'pb:webhooks': { href: `${base}/webhooks`, title: 'Webhooks' },
    'pb:webhook': templated('/webhooks/{uuid}', 'Webhook'),
    'pb:pact-webhooks': templated(
      '/webhooks/provider/{provider}/consumer/{consumer}',
      'Webhooks for a consumer and provider',
    ),
    curies: [{ name: 'pb', href: `${base}/doc/{rel}?context=index`, templated: true }],
  };
}
