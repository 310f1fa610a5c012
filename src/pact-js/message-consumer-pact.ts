/**
 * pact-js's `MessageConsumerPact`: one asynchronous message at a time (`given` → `expectsToReceive`
 * → `withContent` → `verify(handler)`), over seam's message builder.
 */
import {
  type CreatePactOptions,
  createPact,
  type MessageTemplate,
  type ProviderState,
} from '../contract/index.ts';
import { SeamError } from '../core/index.ts';
import { type LogLevel, toCreatePactOptions } from './consumer-options.ts';
import { contentValue } from './message-content.ts';
import { checkStateParams } from './state-params.ts';
import { unsupported } from './unsupported.ts';

/**
 * Options of {@link MessageConsumerPact}, with pact-js's names.
 *
 * @example
 * const options: MessageConsumerOptions = { consumer: 'billing', provider: 'orders', dir: './pacts' };
 */
export interface MessageConsumerOptions {
  readonly consumer: string;
  readonly provider: string;
  readonly dir?: string;
  /** A {@link SpecificationVersion} number; default V3, as pact-js. */
  readonly spec?: number;
  readonly logLevel?: LogLevel;
  /** pact-js's log file: seam never prints, so this is refused rather than ignored. */
  readonly log?: string;
  /** `'merge'` (default) or `'update'`; `'overwrite'` is not supported. */
  readonly pactfileWriteMode?: 'overwrite' | 'update' | 'merge';
}

/**
 * A message as pact-js hands it to the consumer's handler.
 *
 * @example
 * const handler: MessageConsumer = async (message) => onOrderPaid(message.contents);
 */
export interface ConcreteMessage {
  readonly contents: unknown;
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly description?: string;
  readonly providerStates?: readonly { readonly name: string; readonly params?: unknown }[];
}

/**
 * The consumer's message handler: it must accept the message (resolve) for the pact to be written.
 *
 * @example
 * const handler: MessageConsumer = synchronousBodyHandler((body) => assert.ok(body));
 */
export type MessageConsumer = (message: ConcreteMessage) => Promise<unknown>;

/**
 * A provider state for a message, with parameters.
 *
 * @example
 * messagePact.given({ name: 'order 1 is paid', params: { id: '1' } });
 */
export interface MessageProviderState {
  readonly name: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * pact-js's message consumer DSL. `verify(handler)` calls the handler with the example message and
 * merges the pact file when it resolves; a rejection rejects `verify` and writes nothing.
 *
 * @example
 * const messagePact = new MessageConsumerPact({ consumer: 'billing', provider: 'orders', dir: './pacts' });
 * await messagePact
 *   .given('order 1 is paid')
 *   .expectsToReceive('an order-paid event')
 *   .withContent({ orderId: MatchersV3.integer(1) })
 *   .withMetadata({ topic: 'orders' })
 *   .verify(synchronousBodyHandler((body) => handleOrderPaid(body)));
 */
export class MessageConsumerPact {
  readonly #options: CreatePactOptions;
  #states: ProviderState[] = [];
  #description = '';
  #message: MessageTemplate = {};

  constructor(config: MessageConsumerOptions) {
    if (config.pactfileWriteMode === 'overwrite')
      throw unsupported(
        "pactfileWriteMode: 'overwrite'",
        'seam merges into the pact file; delete it before the run',
      );
    if (config.log !== undefined)
      throw unsupported('log (a log file)', "leave it out: seam's library code writes no log");
    this.#options = toCreatePactOptions(config, 'V3');
  }

  given(state: string | MessageProviderState): MessageConsumerPact {
    if (typeof state === 'string') this.#states.push({ name: state });
    else {
      checkStateParams(state.params);
      this.#states.push(
        state.params === undefined ? { name: state.name } : { name: state.name, params: state.params },
      );
    }
    return this;
  }

  expectsToReceive(description: string): MessageConsumerPact {
    if (!description) throw new SeamError('usage', 'You must provide a description for the Message.');
    this.#description = description;
    return this;
  }

  withContent(content: unknown): MessageConsumerPact {
    if (content === undefined || content === null)
      throw new SeamError('usage', 'You must provide a valid JSON document or primitive for the Message.');
    return this.#with({ contents: content, contentType: 'application/json' });
  }

  withTextContent(content: string, contentType: string): MessageConsumerPact {
    return this.#with({ contents: content, contentType });
  }

  withBinaryContent(content: Uint8Array, contentType: string): MessageConsumerPact {
    return this.#with({ contents: content, contentType });
  }

  withMetadata(metadata: Readonly<Record<string, unknown>>): MessageConsumerPact {
    if (Object.keys(metadata).length === 0)
      throw new SeamError('usage', 'You must provide valid metadata for the Message, or none at all');
    return this.#with({ metadata: { ...this.#message.metadata, ...metadata } });
  }

  /** Calls `handler` with the example message; merges the pact file when it resolves. */
  async verify(handler: MessageConsumer): Promise<void> {
    // pact-js starts a fresh message after each verify, whatever its outcome.
    const [states, description, message] = [this.#states, this.#description, this.#message];
    this.#states = [];
    this.#description = '';
    this.#message = {};
    if (description === '') throw new SeamError('usage', 'verify: call expectsToReceive(description) first');
    let start = createPact(this.#options).addAsynchronousMessage();
    for (const state of states) start = start.given(state.name, state.params as Record<string, unknown>);
    const ready = start
      .expectsToReceive(description)
      .withMetadata(message.metadata ?? {})
      .withContent(message.contents, message.contentType);
    await ready.executeTest((received) =>
      handler({
        contents: contentValue(received.contents),
        metadata: received.metadata,
        description: received.description,
        providerStates: received.providerStates,
      }),
    );
  }

  /** The message built so far (pact-js returns its internal state here). */
  json(): MessageTemplate {
    return this.#message;
  }

  #with(change: MessageTemplate): MessageConsumerPact {
    this.#message = { ...this.#message, ...change };
    return this;
  }
}
