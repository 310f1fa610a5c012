/** Test support: the body of `POST /contracts/publish` for one pact of `web` with `orders`. */

/**
 * A publication of `pact` as version `version` of `web`, with the other fields given (branch,
 * tags...) and the pact base64-encoded as the Pact Broker's clients send it.
 *
 * @example
 * await call('POST', '/contracts/publish', contractPublication('1.0.0', emptyPact(), { branch: 'main' }));
 */
export function contractPublication(version: string, pact: unknown, fields: Record<string, unknown> = {}) {
  return {
    pacticipantName: 'web',
    pacticipantVersionNumber: version,
    ...fields,
    contracts: [
      {
        consumerName: 'web',
        providerName: 'orders',
        specification: 'pact',
        contentType: 'application/json',
        content: Buffer.from(JSON.stringify(pact)).toString('base64'),
      },
    ],
  };
}
