/** `GET /`: the HAL index with the `pb:` relations clients follow. */
import { linksFor } from '../paths/links.ts';
import { routePaths, uriTemplate } from '../paths/route-paths.ts';
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
  const links = linksFor(base);
  return {
    self: { href: base, title: 'Index' },
    'pb:publish-pact': templated(
      uriTemplate(routePaths.pact, { version: 'consumerApplicationVersion' }),
      'Publish a pact',
    ),
    'pb:publish-contracts': { href: links.publishContracts(), title: 'Publish contracts' },
    'pb:latest-provider-pacts': templated(
      uriTemplate(routePaths.latestProviderPacts),
      'Latest pacts by provider',
    ),
    'pb:provider-pacts-for-verification': templated(
      uriTemplate(routePaths.forVerification),
      'Pact versions to be verified for the specified provider',
    ),
    'pb:latest-provider-pacts-with-tag': templated(
      uriTemplate(routePaths.latestProviderPactsWithTag),
      'Latest pacts by provider with the specified tag',
    ),
    'pb:latest-pact-versions': { href: links.latestPacts(), title: 'Latest pact versions' },
    'pb:provider-pacts': templated(
      uriTemplate(routePaths.providerPacts),
      'All pact versions for the provider',
    ),
    'pb:provider-pacts-with-tag': templated(
      uriTemplate(routePaths.providerPactsWithTag),
      'All pact versions for the provider with the consumer version tag',
    ),
    'pb:provider-pacts-with-main-branch': templated(
      uriTemplate(routePaths.providerPactsFromMainBranch),
      "All pacts for a provider, from each consumer's main branch",
    ),
    'pb:provider-pacts-with-branch': templated(
      uriTemplate(routePaths.providerPactsFromBranch),
      'All pacts for a provider, from the named branch of any consumer',
    ),
    'pb:latest-provider-pacts-with-main-branch': templated(
      uriTemplate(routePaths.latestProviderPactsFromMainBranch),
      "The latest pact for a provider from each consumer's main branch",
    ),
    'pb:latest-provider-pacts-with-branch': templated(
      uriTemplate(routePaths.latestProviderPactsFromBranch),
      'The latest pact for a provider from the named branch of each consumer',
    ),
    'pb:branch-pact-versions': templated(
      uriTemplate(routePaths.pactsFromBranch),
      "All versions of a pact from the consumer's named branch",
    ),
    'pb:latest-branch-pact-versions': templated(
      uriTemplate(routePaths.latestPactVersionsFromBranch),
      "The latest version of a pact from the consumer's named branch",
    ),
    'pb:main-branch-pact-versions': templated(
      uriTemplate(routePaths.pactVersionsFromMainBranch),
      "All versions of a pact from the consumer's main branch",
    ),
    'pb:latest-main-branch-pact-versions': templated(
      uriTemplate(routePaths.latestPactVersionsFromMainBranch),
      "The latest version of a pact from the consumer's main branch",
    ),
    'pb:pacticipants': { href: links.pacticipants(), title: 'Pacticipants' },
    'pb:pacticipant-version': templated(
      uriTemplate(routePaths.version, { name: 'pacticipant' }),
      'Get a pacticipant version',
    ),
    'pb:latest-pacticipant-version': templated(
      uriTemplate(routePaths.latestVersion, { name: 'pacticipant' }),
      'Latest pacticipant version',
    ),
    'pb:latest-version': templated(
      uriTemplate(routePaths.latestVersion, { name: 'pacticipant' }),
      'Latest pacticipant version',
    ),
    'pb:latest-tagged-version': templated(
      uriTemplate(routePaths.latestVersionWithTag, { name: 'pacticipant' }),
      'Latest pacticipant version with the specified tag',
    ),
    'pb:pacticipant': templated(
      uriTemplate(routePaths.pacticipant, { name: 'pacticipant' }),
      'Fetch pacticipant by name',
    ),
    'pb:pacticipant-branch-version': templated(
      uriTemplate(routePaths.branchVersion, { name: 'pacticipant' }),
      'Get or add/create a version for a pacticipant branch',
    ),
    'pb:pacticipant-version-tag': templated(
      uriTemplate(routePaths.versionTag, { name: 'pacticipant' }),
      'Get, create or delete a tag for a pacticipant version',
    ),
    'pb:environments': { href: links.environments(), title: 'Environments' },
    'pb:environment': templated(uriTemplate(routePaths.environment), 'Environment'),
    'pb:matrix': templated(
      uriTemplate(routePaths.matrix),
      'The matrix of pact publications and verification results',
    ),
    'pb:can-i-deploy-pacticipant-version-to-environment': templated(
      `${uriTemplate(routePaths.canIDeploy)}?pacticipant={pacticipant}&version={version}&environment={environment}`,
      'Determine if a pacticipant version can be deployed to an environment',
    ),
    'pb:integrations': { href: links.integrations(), title: 'Integrations' },
    'pb:can-i-deploy-branch-to-environment': templated(
      uriTemplate(routePaths.canIDeployBranch),
      'Determine if the latest version of a pacticipant branch can be deployed to an environment',
    ),
    'pb:can-i-deploy-branch-to-environment-badge': templated(
      uriTemplate(routePaths.canIDeployBranchBadge),
      'Can-i-deploy status badge for the latest version of a branch and an environment',
    ),
    'pb:webhooks': { href: links.webhooks(), title: 'Webhooks' },
    'pb:webhook': templated(uriTemplate(routePaths.webhook), 'Webhook'),
    'pb:pact-webhooks': templated(
      uriTemplate(routePaths.webhooksForPair),
      'Webhooks for a consumer and provider',
    ),
    curies: [{ name: 'pb', href: `${base}/doc/{rel}?context=index`, templated: true }],
  };
}
