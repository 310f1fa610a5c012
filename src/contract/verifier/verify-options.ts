/** What `verifyProvider` takes: the provider, where the pacts come from, and the hooks it calls. */
import type { HttpRequest } from '../../match/index.ts';

/**
 * What a state function is told besides the state's parameters.
 *
 * @example
 * const handler: StateFunction = (params, { consumer }) => seedOrder(consumer, params.id);
 */
export interface StateContext {
  readonly consumer: string;
  readonly state: string;
  readonly action: 'setup' | 'teardown';
}

/**
 * Sets up (or tears down) one provider state. A returned object feeds `ProviderState` generators
 * (`${id}`); a throw fails the interaction with the error's message.
 *
 * @example
 * const handler: StateFunction = async (params) => ({ id: await db.insertOrder(params) });
 */
export type StateFunction = (
  params: Readonly<Record<string, unknown>>,
  context: StateContext,
) => unknown | Promise<unknown>;

/**
 * A state handler, as in pact-js: a function (called for setup only) or `{ setup, teardown }`.
 *
 * @example
 * const handlers: Record<string, StateHandler> = {
 *   'order 1042 exists': { setup: (p) => db.insert(p), teardown: () => db.clear() },
 * };
 */
export type StateHandler =
  | StateFunction
  | { readonly setup?: StateFunction; readonly teardown?: StateFunction };

/**
 * A message produced by the provider: contents (a JSON value, a string or bytes) and metadata.
 *
 * @example
 * const produced: ProducedMessage = { contents: { event: 'OrderPaid' }, metadata: { topic: 'orders' } };
 */
export interface ProducedMessage {
  readonly contents: unknown;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/**
 * What a message provider is told: the interaction, the values of its provider states and, for a
 * synchronous message, the request message (contents decoded when JSON or text).
 *
 * @example
 * const produce: MessageProvider = ({ states }) => ({ contents: { sku: states.sku } });
 */
export interface MessageProviderContext {
  readonly description: string;
  readonly providerStates: readonly { readonly name: string; readonly params?: unknown }[];
  readonly states: Readonly<Record<string, unknown>>;
  readonly request?: ProducedMessage;
}

/**
 * Produces the message a description names (async messages), or the response(s) to a request
 * message (sync messages).
 *
 * @example
 * const providers: Record<string, MessageProvider> = {
 *   'an order-paid event': () => ({ contents: buildOrderPaid(), metadata: { topic: 'orders' } }),
 * };
 */
export type MessageProvider = (
  context: MessageProviderContext,
) => ProducedMessage | readonly ProducedMessage[] | Promise<ProducedMessage | readonly ProducedMessage[]>;

/**
 * A Pact Broker consumer version selector (`for-verification` API).
 *
 * @example
 * const selectors: ConsumerVersionSelector[] = [{ mainBranch: true }, { deployedOrReleased: true }];
 */
export interface ConsumerVersionSelector {
  readonly consumer?: string;
  readonly tag?: string;
  readonly fallbackTag?: string;
  readonly latest?: boolean;
  readonly branch?: string;
  readonly mainBranch?: boolean;
  readonly matchingBranch?: boolean;
  readonly deployedOrReleased?: boolean;
  readonly deployed?: boolean;
  readonly released?: boolean;
  readonly environment?: string;
}

/**
 * Options of {@link verifyProvider}. Give pacts with `pactFiles` (files or folders), `pactUrls`
 * (HTTP URLs or files) or a Pact Broker (`pactBrokerUrl` with `provider`).
 *
 * @example
 * const options: VerifyProviderOptions = {
 *   providerBaseUrl: 'http://127.0.0.1:8080',
 *   pactFiles: ['pacts'],
 *   stateHandlers: { 'order 1042 exists': (params) => seed(params) },
 * };
 */
export interface VerifyProviderOptions {
  /** Where the provider listens (required for HTTP interactions and the message proxy). */
  readonly providerBaseUrl?: string;
  /** Verify only pacts for this provider (and the name published with results). */
  readonly provider?: string;
  readonly pactFiles?: readonly string[];
  readonly pactUrls?: readonly string[];
  readonly pactBrokerUrl?: string;
  /** Bearer token for pact URLs and the broker. */
  readonly pactBrokerToken?: string;
  readonly pactBrokerUsername?: string;
  readonly pactBrokerPassword?: string;
  readonly consumerVersionSelectors?: readonly ConsumerVersionSelector[];
  readonly includeWipPactsSince?: string;
  readonly stateHandlers?: Readonly<Record<string, StateHandler>>;
  /** POSTed `{ consumer, state, params, action }` for each state (and `""` for none). */
  readonly providerStatesSetupUrl?: string;
  /**
   * Headers added to every HTTP request sent to the provider, each replacing the pact's header of
   * the same name (the Pact verifier's `--header`, pact-js's `customProviderHeaders`). They are set
   * before `requestFilter` runs, which sees them.
   */
  readonly customHeaders?: Readonly<Record<string, string>>;
  /** Changes each request before it is sent (e.g. adds an `Authorization` header). */
  readonly requestFilter?: (request: HttpRequest) => HttpRequest | Promise<HttpRequest>;
  readonly messageProviders?: Readonly<Record<string, MessageProvider>>;
  /** Per request, state call and message provider, in ms (default 30 000). */
  readonly timeout?: number;
  /** Largest response body read, in bytes (default 16 MiB); larger fails the interaction. */
  readonly maxResponseBytes?: number;
  /** Pending pacts (broker) never fail the run. V4 `pending` interactions never do anyway. */
  readonly enablePending?: boolean;
  /** Requests in flight at once among independent interactions (default 8; 1 = serial). */
  readonly concurrency?: number;
  readonly publishVerificationResult?: boolean;
  readonly providerVersion?: string;
  readonly providerVersionBranch?: string;
  /**
   * Tags for the provider version (pact-js's `providerVersionTags`, the Pact verifier's
   * `--provider-tags`). Sent with the broker's pact selection (pending and WIP pacts count them
   * when no branch is given) and, when results are published, each PUT through the provider's
   * `pb:version-tag` relation before any result is. A tag that cannot be published fails the run
   * (`publishErrors`), and the results are then not published.
   */
  readonly providerVersionTags?: readonly string[];
  readonly logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
}
