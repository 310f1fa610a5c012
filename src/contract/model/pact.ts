/**
 * The pact model: a consumer, a provider, their interactions, and the file's metadata, for every
 * pact specification version (V1, V1.1, V2, V3, V4). Requests, responses and messages use the
 * shared shapes of `src/match/model.ts`.
 */
import type { HttpRequest, HttpResponse, Message, SpecVersion } from '../../match/index.ts';

/**
 * A consumer or provider: its name, and any other fields the file gave it (kept as they are).
 *
 * @example
 * const consumer: Pacticipant = { name: 'order-service' };
 */
export interface Pacticipant {
  readonly name: string;
  readonly [field: string]: unknown;
}

/**
 * A provider state: its name and optional parameters (V3+). V1/V2 states have no parameters.
 *
 * @example
 * const state: ProviderState = { name: 'order 1042 exists', params: { id: 1042 } };
 */
export interface ProviderState {
  readonly name: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * V4 interaction markup: text to show the interaction in a UI.
 *
 * @example
 * const markup: InteractionMarkup = { markup: '# Pay an order', markupType: 'COMMON_MARK' };
 */
export interface InteractionMarkup {
  readonly markup: string;
  readonly markupType: string;
}

/**
 * The fields every interaction has, whatever its type.
 *
 * @example
 * const common: InteractionCommon = { description: 'pay an order', providerStates: [], pending: true };
 */
export interface InteractionCommon {
  readonly description: string;
  /** Empty when the interaction has none. */
  readonly providerStates: readonly ProviderState[];
  /** The broker's interaction id (`_id`), when the file came from a Pact Broker. */
  readonly id?: string;
  /** V4 unique key. */
  readonly key?: string;
  /** V4: a pending interaction never fails a verification. */
  readonly pending?: boolean;
  /** V4 comments: `testname`, `text[]` and whatever else the file holds, kept as they are. */
  readonly comments?: Readonly<Record<string, unknown>>;
  /** V4 per-plugin configuration, kept as it is. */
  readonly pluginConfiguration?: Readonly<Record<string, unknown>>;
  readonly interactionMarkup?: InteractionMarkup;
  /** V4 transport (`http`, `grpc`, …). */
  readonly transport?: string;
  /** Fields seam does not know, kept so that writing the pact loses nothing. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/**
 * A request and its expected response (V1–V3 `interactions[]`, V4 `Synchronous/HTTP`).
 *
 * @example
 * const get: HttpInteraction = { kind: 'http', description: 'get order', providerStates: [],
 *   request: { method: 'GET', path: '/orders/1', body: { state: 'missing' } },
 *   response: { status: 200, body: { state: 'missing' } } };
 */
export interface HttpInteraction extends InteractionCommon {
  readonly kind: 'http';
  readonly request: HttpRequest;
  readonly response: HttpResponse;
}

/**
 * A message (V3 `messages[]`, V4 `Asynchronous/Messages`).
 *
 * @example
 * const event: MessageInteraction = { kind: 'message', description: 'order paid', providerStates: [],
 *   message: { contents: { state: 'empty' }, metadata: { topic: 'orders' } } };
 */
export interface MessageInteraction extends InteractionCommon {
  readonly kind: 'message';
  readonly message: Message;
}

/**
 * A request message and its response messages (V4 `Synchronous/Messages`).
 *
 * @example
 * const rpc: SyncMessageInteraction = { kind: 'sync-message', description: 'stock check', providerStates: [],
 *   request: { contents: { state: 'empty' } }, response: [{ contents: { state: 'empty' } }] };
 */
export interface SyncMessageInteraction extends InteractionCommon {
  readonly kind: 'sync-message';
  readonly request: Message;
  readonly response: readonly Message[];
}

/**
 * An interaction of a type seam does not model (plugin types): its JSON, kept as it is.
 *
 * @example
 * const grpc: OtherInteraction = { kind: 'other', type: 'Synchronous/gRPC', description: 'rpc', json: {} };
 */
export interface OtherInteraction {
  readonly kind: 'other';
  readonly type: string;
  readonly description: string;
  readonly json: Readonly<Record<string, unknown>>;
}

/**
 * Any interaction of a pact.
 *
 * @example
 * const http = pact.interactions.filter((i): i is HttpInteraction => i.kind === 'http');
 */
export type Interaction = HttpInteraction | MessageInteraction | SyncMessageInteraction | OtherInteraction;

/**
 * The V4 interaction type names.
 *
 * @example
 * interactionTypes.http; // 'Synchronous/HTTP'
 */
export const interactionTypes = {
  http: 'Synchronous/HTTP',
  message: 'Asynchronous/Messages',
  'sync-message': 'Synchronous/Messages',
} as const;

/**
 * A pact file's contents.
 *
 * @example
 * const pact: Pact = await loadPactFile('pacts/order-service-payment-service.json');
 * pact.interactions.length;
 */
export interface Pact {
  /** The specification version the file was read as. */
  readonly specVersion: SpecVersion;
  readonly consumer: Pacticipant;
  readonly provider: Pacticipant;
  /** HTTP interactions, then (for V3 files) `messages[]`, in file order. */
  readonly interactions: readonly Interaction[];
  /**
   * The file's metadata without the specification version (the writer sets that): library
   * versions (`pactRust`, `pact-js`, …), `plugins`, and anything else, kept as they are.
   */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** File-level fields seam does not know (`_links`, …), kept so that writing loses nothing. */
  readonly extra?: Readonly<Record<string, unknown>>;
}
