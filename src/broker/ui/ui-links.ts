/** The web UI's URLs, relative to the broker's root so they work behind any host name. */

const part = encodeURIComponent;

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
  pactBadge: (provider: string, consumer: string) =>
    `/pacts/provider/${part(provider)}/consumer/${part(consumer)}/latest/badge`,
};
