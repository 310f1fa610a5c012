/** pact-js's `VerifierOptions`, with its names, and the state handler and message provider shapes. */
import type { ConsumerVersionSelector } from '../contract/index.ts';
import type { LogLevel } from './consumer-options.ts';
import type { RequestFilter } from './express-request-filter.ts';

/**
 * pact-js's state function: sets the state up (or down), and may return values for
 * `fromProviderState` expressions.
 *
 * @example
 * const seed: StateFunc = async (params) => ({ id: await db.insertOrder(params) });
 */
export type StateFunc = (parameters?: Record<string, unknown>) => unknown;

/**
 * A state handler: a function (setup only) or `{ setup, teardown }`.
 *
 * @example
 * const handler: StateHandler = { setup: () => db.seed(), teardown: () => db.clear() };
 */
export type StateHandler = StateFunc | { readonly setup?: StateFunc; readonly teardown?: StateFunc };

/**
 * State handlers by provider-state name.
 *
 * @example
 * const stateHandlers: StateHandlers = { 'order 1 exists': () => db.insertOrder({ id: 1 }) };
 */
export type StateHandlers = Readonly<Record<string, StateHandler>>;

/**
 * What a message provider is told, as pact-js's `MessageDescriptor`.
 *
 * @example
 * const provider: MessageProvider = (descriptor) => buildEvent(descriptor.description);
 */
export interface MessageDescriptor {
  readonly description: string;
  readonly providerStates?: readonly { readonly name: string; readonly params?: unknown }[];
  readonly metadata?: Readonly<Record<string, unknown>>;
  /** The request message's contents, for a synchronous message. */
  readonly content?: unknown;
}

/**
 * Produces the message a description names: the contents, or `providerWithMetadata`'s wrapper.
 *
 * @example
 * const providers: MessageProviders = { 'an order-paid event': () => ({ orderId: 1 }) };
 */
export type MessageProvider = (descriptor: MessageDescriptor) => unknown;

/** @see MessageProvider */
export type MessageProviders = Readonly<Record<string, MessageProvider>>;

/**
 * pact-js's hook around each interaction (`beforeEach`, `afterEach`).
 *
 * @example
 * const beforeEach: Hook = async () => db.reset();
 */
export type Hook = () => Promise<unknown>;

/**
 * Options of `Verifier`, with pact-js 17's names. Options seam does not have are refused with a
 * `SeamError` `unsupported` rather than ignored (see docs/pact-js.md).
 *
 * @example
 * const options: VerifierOptions = {
 *   provider: 'orders',
 *   providerBaseUrl: 'http://127.0.0.1:8080',
 *   pactUrls: ['./pacts/web-orders.json'],
 *   stateHandlers: { 'order 1 exists': () => db.insertOrder({ id: 1 }) },
 * };
 */
export interface VerifierOptions {
  readonly providerBaseUrl?: string;
  readonly provider?: string;
  readonly pactUrls?: readonly string[];
  readonly pactBrokerUrl?: string;
  readonly pactBrokerUsername?: string;
  readonly pactBrokerPassword?: string;
  readonly pactBrokerToken?: string;
  readonly consumerVersionTags?: readonly string[];
  readonly consumerVersionSelectors?: readonly ConsumerVersionSelector[];
  readonly providerVersionTags?: readonly string[];
  readonly providerVersionBranch?: string;
  /** @deprecated pact-js's old name of `providerVersionBranch`. */
  readonly providerBranch?: string;
  readonly providerStatesSetupUrl?: string;
  readonly publishVerificationResult?: boolean;
  readonly providerVersion?: string;
  readonly enablePending?: boolean;
  readonly includeWipPactsSince?: string;
  /** Per request and state change, in ms. */
  readonly timeout?: number;
  readonly logLevel?: LogLevel;
  /** Headers added to every request to the provider: `{ name: value }` or `['Name: value']`. */
  readonly customProviderHeaders?: Readonly<Record<string, string>> | readonly string[];
  /** Reject when no pact was found (default `true`, as pact-js). */
  readonly failIfNoPactsFound?: boolean;
  readonly stateHandlers?: StateHandlers;
  readonly requestFilter?: RequestFilter;
  readonly messageProviders?: MessageProviders;
  readonly beforeEach?: Hook;
  readonly afterEach?: Hook;
  /** Accepted as pact-js's default (`true`); `false` is not supported. */
  readonly providerStatesSetupTeardown?: boolean;
  /** Accepted as pact-js's default (`true`); `false` is not supported. */
  readonly providerStatesSetupBody?: boolean;
  /** Not supported (an error when set). */
  readonly logFile?: string;
  readonly buildUrl?: string;
  readonly disableSslVerification?: boolean;
  readonly consumerFilters?: readonly string[];
  readonly transports?: readonly unknown[];
  readonly followRedirects?: boolean;
  readonly validateSSL?: boolean;
  readonly tlsClientOptions?: unknown;
  readonly changeOrigin?: boolean;
  readonly proxyHost?: string;
}
