/**
 * Test support: sample pacts built from their parts, so a test writes only what it is about.
 * Every pact is between consumer `web` and provider `orders`, Pact V3, unless the options say
 * otherwise; keys come in the order pact files have them (consumer, provider, interactions or
 * messages, metadata), so a pact serialises as it did when each test wrote it out by hand.
 * For the order pact most broker and verifier tests publish, see `order-pact.ts`.
 */

/**
 * What differs between sample pacts; every field has the default shown.
 *
 * @example
 * const options: SamplePactOptions = { consumer: 'app', specVersion: '2.0.0', metadata: { revision: 2 } };
 */
export interface SamplePactOptions {
  /** `'web'`. */
  readonly consumer?: string;
  /** `'orders'`. */
  readonly provider?: string;
  /**
   * `'3.0.0'`: `metadata.pactSpecification.version`. `null` leaves `pactSpecification` out, as the
   * broker's own tests publish pacts; with no other metadata either, the pact has no `metadata`.
   */
  readonly specVersion?: string | null;
  /** More metadata after `pactSpecification` (e.g. a revision, so that two pacts' contents differ). */
  readonly metadata?: Record<string, unknown>;
}

function party(options: SamplePactOptions) {
  return { consumer: { name: options.consumer ?? 'web' }, provider: { name: options.provider ?? 'orders' } };
}

function metadata(options: SamplePactOptions): { metadata?: Record<string, unknown> } {
  if (options.specVersion === null)
    return options.metadata === undefined ? {} : { metadata: options.metadata };
  return {
    metadata: { pactSpecification: { version: options.specVersion ?? '3.0.0' }, ...options.metadata },
  };
}

/**
 * An HTTP pact of the interactions given (none makes the pact a publication needs only).
 *
 * @example
 * const pact = httpPact([getInteraction('a request for order 7', '/orders/7')], { specVersion: '2.0.0' });
 */
export function httpPact(interactions: readonly unknown[], options: SamplePactOptions = {}) {
  return { ...party(options), interactions: [...interactions], ...metadata(options) };
}

/**
 * A message pact (V3 `messages`) of the messages given.
 *
 * @example
 * const pact = messagePact([{ description: 'an order event', contents: { id: '7' } }]);
 */
export function messagePact(messages: readonly unknown[], options: SamplePactOptions = {}) {
  return { ...party(options), messages: [...messages], ...metadata(options) };
}

/**
 * An interaction: `GET path`, answered with `response` (a bare 200 unless given).
 *
 * @example
 * const interaction = getInteraction('a request for order 7', '/orders/7', jsonResponse({ id: '7' }));
 */
export function getInteraction(description: string, path: string, response: object = { status: 200 }) {
  return { description, request: { method: 'GET', path }, response };
}

/**
 * A pact response with a JSON body: `Content-Type: application/json` and the status given (200).
 *
 * @example
 * const response = jsonResponse({ id: '7' });
 */
export function jsonResponse(body: unknown, status = 200) {
  return { status, headers: { 'Content-Type': 'application/json' }, body };
}
