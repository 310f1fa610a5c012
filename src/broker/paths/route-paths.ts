/**
 * The broker's URL paths, each written once: the router matches these patterns, and the link
 * builders (links.ts) and the index's URI templates fill them. `:name` segments are parameters.
 */

/**
 * Every path the broker answers, by name.
 *
 * @example
 * fillPath(routePaths.pacticipant, { name: 'web' }); // '/pacticipants/web'
 */
export const routePaths = {
  index: '/',
  publishContracts: '/contracts/publish',
  pacticipants: '/pacticipants',
  pacticipant: '/pacticipants/:name',
  versions: '/pacticipants/:name/versions',
  version: '/pacticipants/:name/versions/:version',
  versionTag: '/pacticipants/:name/versions/:version/tags/:tag',
  versionDeployments: '/pacticipants/:name/versions/:version/deployed-versions/environment/:uuid',
  versionReleases: '/pacticipants/:name/versions/:version/released-versions/environment/:uuid',
  latestVersion: '/pacticipants/:name/latest-version',
  latestVersionWithTag: '/pacticipants/:name/latest-version/:tag',
  branches: '/pacticipants/:name/branches',
  branch: '/pacticipants/:name/branches/:branch',
  branchLatestVersion: '/pacticipants/:name/branches/:branch/latest-version',
  branchVersions: '/pacticipants/:name/branches/:branch/versions',
  branchVersion: '/pacticipants/:name/branches/:branch/versions/:version',
  canIDeployBadge: '/pacticipants/:pacticipant/latest-version/:tag/can-i-deploy/to/:to/badge',
  canIDeployBranch:
    '/pacticipants/:pacticipant/branches/:branch/latest-version/can-i-deploy/to-environment/:environment',
  canIDeployBranchBadge:
    '/pacticipants/:pacticipant/branches/:branch/latest-version/can-i-deploy/to-environment/:environment/badge',
  environments: '/environments',
  environment: '/environments/:uuid',
  currentlyDeployed: '/environments/:uuid/deployed-versions/currently-deployed',
  currentlySupported: '/environments/:uuid/released-versions/currently-supported',
  deployedVersion: '/deployed-versions/:uuid',
  releasedVersion: '/released-versions/:uuid',
  latestPacts: '/pacts/latest',
  providerPacts: '/pacts/provider/:provider',
  providerPactsWithTag: '/pacts/provider/:provider/tag/:tag',
  providerPactsFromMainBranch: '/pacts/provider/:provider/branch',
  latestProviderPactsFromMainBranch: '/pacts/provider/:provider/branch/latest',
  providerPactsFromBranch: '/pacts/provider/:provider/branch/:branch',
  latestProviderPactsFromBranch: '/pacts/provider/:provider/branch/:branch/latest',
  latestProviderPacts: '/pacts/provider/:provider/latest',
  latestProviderPactsWithTag: '/pacts/provider/:provider/latest/:tag',
  forVerification: '/pacts/provider/:provider/for-verification',
  pact: '/pacts/provider/:provider/consumer/:consumer/version/:version',
  latestPact: '/pacts/provider/:provider/consumer/:consumer/latest',
  latestPactWithTag: '/pacts/provider/:provider/consumer/:consumer/latest/:tag',
  latestPactBadge: '/pacts/provider/:provider/consumer/:consumer/latest/badge',
  latestPactWithTagBadge: '/pacts/provider/:provider/consumer/:consumer/latest/:tag/badge',
  latestPactFromBranch: '/pacts/provider/:provider/consumer/:consumer/branch/:branch/latest',
  pactVersion: '/pacts/provider/:provider/consumer/:consumer/pact-version/:sha',
  verificationResults: '/pacts/provider/:provider/consumer/:consumer/pact-version/:sha/verification-results',
  verificationResult:
    '/pacts/provider/:provider/consumer/:consumer/pact-version/:sha/verification-results/:id',
  pactVersionsFromMainBranch: '/pacts/provider/:provider/consumer/:consumer/branch/versions',
  latestPactVersionsFromMainBranch: '/pacts/provider/:provider/consumer/:consumer/branch/latest/versions',
  pactsFromMainBranch: '/pacts/provider/:provider/consumer/:consumer/branch',
  latestPactFromMainBranch: '/pacts/provider/:provider/consumer/:consumer/branch/latest',
  latestPactVersionsFromBranch: '/pacts/provider/:provider/consumer/:consumer/branch/:branch/latest/versions',
  pactsFromBranch: '/pacts/provider/:provider/consumer/:consumer/branch/:branch',
  pactWebhooks: '/pacts/provider/:provider/consumer/:consumer/webhooks',
  pactWebhooksStatus: '/pacts/provider/:provider/consumer/:consumer/webhooks/status',
  pactTriggeredWebhooks: '/pacts/provider/:provider/consumer/:consumer/version/:version/triggered-webhooks',
  matrix: '/matrix',
  matrixBadge: '/matrix/provider/:provider/latest/:providerTag/consumer/:consumer/latest/:consumerTag/badge',
  canIDeploy: '/can-i-deploy',
  integrations: '/integrations',
  figures: '/seam/figures',
  compatibilityMatrix: '/seam/compatibility-matrix',
  webhooks: '/webhooks',
  webhooksForPair: '/webhooks/provider/:provider/consumer/:consumer',
  webhooksForProvider: '/webhooks/provider/:provider',
  webhooksForConsumer: '/webhooks/consumer/:consumer',
  webhook: '/webhooks/:uuid',
  executeWebhook: '/webhooks/:uuid/execute',
  triggeredWebhooks: '/webhooks/:uuid/triggered-webhooks',
  webhookLogs: '/webhooks/:uuid/trigger/:trigger/logs',
  ui: '/ui',
  uiAsset: '/ui/assets/:file',
  uiEnvironments: '/ui/environments',
  uiPacticipant: '/ui/pacticipants/:name',
  uiVersion: '/ui/pacticipants/:name/versions/:version',
  uiPact: '/ui/pacts/provider/:provider/consumer/:consumer/version/:version',
  uiMatrix: '/ui/matrix',
  uiNetwork: '/ui/network',
  uiCanIDeploy: '/ui/can-i-deploy',
  uiFigures: '/ui/figures',
} as const;

/**
 * `pattern` with each `:name` segment replaced by its value, URL-encoded.
 *
 * @example
 * fillPath('/pacticipants/:name/versions/:version', { name: 'web', version: '1.0 beta' });
 * // '/pacticipants/web/versions/1.0%20beta'
 */
export function fillPath(pattern: string, values: Readonly<Record<string, string | number>>): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(String(values[name])));
}

/**
 * `pattern` as an RFC 6570 URI template (`{name}`), a parameter renamed where the Pact Broker's
 * index names it otherwise.
 *
 * @example
 * uriTemplate(routePaths.pacticipant, { name: 'pacticipant' }); // '/pacticipants/{pacticipant}'
 */
export function uriTemplate(pattern: string, names: Readonly<Record<string, string>> = {}): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => `{${names[name] ?? name}}`);
}
