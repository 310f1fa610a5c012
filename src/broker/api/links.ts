/** The broker's URLs, built from the base URL a request arrived on. */

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

const part = encodeURIComponent;

/**
 * Builders for every resource URL the API links to.
 *
 * @example
 * linksFor('http://b').pacticipant('web'); // 'http://b/pacticipants/web'
 */
export function linksFor(base: string) {
  const pacts = (provider: string, consumer: string) =>
    `${base}/pacts/provider/${part(provider)}/consumer/${part(consumer)}`;
  const pactVersion = (provider: string, consumer: string, sha: string) =>
    `${pacts(provider, consumer)}/pact-version/${part(sha)}`;
  return {
    pacticipants: () => `${base}/pacticipants`,
    pacticipant: (name: string) => `${base}/pacticipants/${part(name)}`,
    version: (name: string, number: string) => `${base}/pacticipants/${part(name)}/versions/${part(number)}`,
    pact: (provider: string, consumer: string, version: string) =>
      `${pacts(provider, consumer)}/version/${part(version)}`,
    latestPact: (provider: string, consumer: string) => `${pacts(provider, consumer)}/latest`,
    pactVersion,
    verificationResults: (provider: string, consumer: string, sha: string) =>
      `${pactVersion(provider, consumer, sha)}/verification-results`,
    verificationResult: (provider: string, consumer: string, sha: string, id: number | string) =>
      `${pactVersion(provider, consumer, sha)}/verification-results/${id}`,
    forVerification: (provider: string) => `${base}/pacts/provider/${part(provider)}/for-verification`,
    webhooks: () => `${base}/webhooks`,
    webhook: (uuid: string) => `${base}/webhooks/${part(uuid)}`,
    executeWebhook: (uuid: string) => `${base}/webhooks/${part(uuid)}/execute`,
    webhooksForPact: (provider: string, consumer: string) =>
      `${base}/webhooks/provider/${part(provider)}/consumer/${part(consumer)}`,
    webhookLogs: (webhookUuid: string, triggerUuid: string) =>
      `${base}/webhooks/${part(webhookUuid)}/trigger/${part(triggerUuid)}/logs`,
    /** The `pb` CURIE of the webhook resources' documentation (a URI template). */
    webhookDocs: () => `${base}/doc/webhooks-{rel}`,
  };
}

/** The URL builders of {@link linksFor}. */
export type BrokerLinks = ReturnType<typeof linksFor>;
