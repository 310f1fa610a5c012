/** The broker's URLs, built from the base URL a request arrived on and the path table. */
import { fillPath, routePaths } from './route-paths.ts';

/**
 * The base URL clients used: the Host header (as the Pact Broker does), else the request URL.
 *
 * @example
 * baseUrlOf(new Request('http://127.0.0.1:9292/pacticipants')); // 'http://127.0.0.1:9292'
 */
export function baseUrlOf(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  return host === null ? url.origin : `${url.protocol}//${host}`;
}

/**
 * Builders for every resource URL the API links to, filled from {@link routePaths}.
 *
 * @example
 * linksFor('http://b').pacticipant('web'); // 'http://b/pacticipants/web'
 */
export function linksFor(base: string) {
  const url = (pattern: string, values: Readonly<Record<string, string | number>> = {}) =>
    `${base}${fillPath(pattern, values)}`;
  return {
    pacticipants: () => url(routePaths.pacticipants),
    pacticipant: (name: string) => url(routePaths.pacticipant, { name }),
    version: (name: string, version: string) => url(routePaths.version, { name, version }),
    versionTag: (name: string, version: string, tag: string) =>
      url(routePaths.versionTag, { name, version, tag }),
    /** A version's deployments (`deployed`) or releases (`released`) to an environment. */
    versionInEnvironment: (kind: 'deployed' | 'released', name: string, version: string, uuid: string) =>
      url(kind === 'deployed' ? routePaths.versionDeployments : routePaths.versionReleases, {
        name,
        version,
        uuid,
      }),
    branch: (name: string, branch: string) => url(routePaths.branch, { name, branch }),
    branchVersions: (name: string, branch: string) => url(routePaths.branchVersions, { name, branch }),
    environments: () => url(routePaths.environments),
    environment: (uuid: string) => url(routePaths.environment, { uuid }),
    /** An environment's currently deployed (`deployed`) or supported (`released`) versions. */
    environmentVersions: (kind: 'deployed' | 'released', uuid: string) =>
      url(kind === 'deployed' ? routePaths.currentlyDeployed : routePaths.currentlySupported, { uuid }),
    /** One deployment (`deployed`) or release (`released`). */
    environmentVersion: (kind: 'deployed' | 'released', uuid: string) =>
      url(kind === 'deployed' ? routePaths.deployedVersion : routePaths.releasedVersion, { uuid }),
    publishContracts: () => url(routePaths.publishContracts),
    latestPacts: () => url(routePaths.latestPacts),
    latestProviderPacts: (provider: string, tag?: string) =>
      tag === undefined
        ? url(routePaths.latestProviderPacts, { provider })
        : url(routePaths.latestProviderPactsWithTag, { provider, tag }),
    pact: (provider: string, consumer: string, version: string) =>
      url(routePaths.pact, { provider, consumer, version }),
    latestPact: (provider: string, consumer: string) => url(routePaths.latestPact, { provider, consumer }),
    latestPactBadge: (provider: string, consumer: string) =>
      url(routePaths.latestPactBadge, { provider, consumer }),
    pactVersion: (provider: string, consumer: string, sha: string) =>
      url(routePaths.pactVersion, { provider, consumer, sha }),
    verificationResults: (provider: string, consumer: string, sha: string) =>
      url(routePaths.verificationResults, { provider, consumer, sha }),
    verificationResult: (provider: string, consumer: string, sha: string, id: number | string) =>
      url(routePaths.verificationResult, { provider, consumer, sha, id }),
    forVerification: (provider: string) => url(routePaths.forVerification, { provider }),
    integrations: () => url(routePaths.integrations),
    figures: (days: number) => `${url(routePaths.figures)}?days=${days}`,
    webhooks: () => url(routePaths.webhooks),
    webhook: (uuid: string) => url(routePaths.webhook, { uuid }),
    executeWebhook: (uuid: string) => url(routePaths.executeWebhook, { uuid }),
    webhooksForPact: (provider: string, consumer: string) =>
      url(routePaths.webhooksForPair, { provider, consumer }),
    webhookLogs: (uuid: string, trigger: string) => url(routePaths.webhookLogs, { uuid, trigger }),
    /** The `pb` CURIE of the webhook resources' documentation (a URI template). */
    webhookDocs: () => `${base}/doc/webhooks-{rel}`,
  };
}

/** The URL builders of {@link linksFor}. */
export type BrokerLinks = ReturnType<typeof linksFor>;
