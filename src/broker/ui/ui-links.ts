/** The web UI's URLs, relative to the broker's root so they work behind any host name. */
import { linksFor } from '../paths/links.ts';
import { fillPath, routePaths } from '../paths/route-paths.ts';

const part = encodeURIComponent;
// The API's URLs the UI links to, relative to the root as the UI's own.
const apiLinks = linksFor('');

/**
 * Builders for every page of the web UI.
 *
 * @example
 * uiLinks.pacticipant('order-service'); // '/ui/pacticipants/order-service'
 */
export const uiLinks = {
  home: () => routePaths.ui,
  stylesheet: () => fillPath(routePaths.uiAsset, { file: 'style.css' }),
  environments: () => routePaths.uiEnvironments,
  pacticipant: (name: string) => fillPath(routePaths.uiPacticipant, { name }),
  version: (name: string, version: string) => fillPath(routePaths.uiVersion, { name, version }),
  pact: (provider: string, consumer: string, version: string) =>
    fillPath(routePaths.uiPact, { provider, consumer, version }),
  matrix: (pacticipant?: string) =>
    pacticipant === undefined
      ? routePaths.uiMatrix
      : `${routePaths.uiMatrix}?pacticipant=${part(pacticipant)}`,
  network: () => routePaths.uiNetwork,
  canIDeploy: (question?: { pacticipant: string; version: string; environment: string }) =>
    question === undefined
      ? routePaths.uiCanIDeploy
      : `${routePaths.uiCanIDeploy}?pacticipant=${part(question.pacticipant)}&version=${part(question.version)}&environment=${part(question.environment)}`,
  figures: (days?: number) =>
    days === undefined ? routePaths.uiFigures : `${routePaths.uiFigures}?days=${days}`,
  /** The API's SVG badge of the latest pact's verification. */
  pactBadge: (provider: string, consumer: string) => apiLinks.latestPactBadge(provider, consumer),
  /** The API's pact JSON of a consumer version. */
  pactJson: (provider: string, consumer: string, version: string) =>
    apiLinks.pact(provider, consumer, version),
};
