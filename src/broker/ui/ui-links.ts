/** The web UI's URLs, relative to the broker's root so they work behind any host name. */
import { linksFor } from '../paths/links.ts';

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
  home: () => '/ui',
  stylesheet: () => '/ui/assets/style.css',
  environments: () => '/ui/environments',
  pacticipant: (name: string) => `/ui/pacticipants/${part(name)}`,
  version: (name: string, version: string) => `/ui/pacticipants/${part(name)}/versions/${part(version)}`,
  pact: (provider: string, consumer: string, version: string) =>
    `/ui/pacts/provider/${part(provider)}/consumer/${part(consumer)}/version/${part(version)}`,
  matrix: (pacticipant?: string) =>
    pacticipant === undefined ? '/ui/matrix' : `/ui/matrix?pacticipant=${part(pacticipant)}`,
  network: () => '/ui/network',
  canIDeploy: (question?: { pacticipant: string; version: string; environment: string }) =>
    question === undefined
      ? '/ui/can-i-deploy'
      : `/ui/can-i-deploy?pacticipant=${part(question.pacticipant)}&version=${part(question.version)}&environment=${part(question.environment)}`,
  figures: (days?: number) => (days === undefined ? '/ui/figures' : `/ui/figures?days=${days}`),
  /** The API's SVG badge of the latest pact's verification. */
  pactBadge: (provider: string, consumer: string) => `${apiLinks.latestPact(provider, consumer)}/badge`,
  /** The API's pact JSON of a consumer version. */
  pactJson: (provider: string, consumer: string, version: string) =>
    apiLinks.pact(provider, consumer, version),
};
