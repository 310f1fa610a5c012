/**
 * pact-js's V4 message interactions (`addAsynchronousInteraction`, `addSynchronousInteraction`),
 * over seam's message builders: the handler gets pact-js's shapes (`{ contents: { content },
 * metadata }`, `{ Request, Response }`), and the pact is written only when it succeeds.
 */
import { type CreatePactOptions, createPact, type MessageTemplate } from '../contract/index.ts';
import { SeamError } from '../core/index.ts';
import {
  InteractionDraft,
  pluginsUnsupported,
  referenceUnsupported,
  type V4Comment,
} from './interaction-draft.ts';
import {
  collectMessage,
  contentBytes,
  contentValue,
  type V4MessageBuilder,
  type V4MessageRequestBuilder,
} from './message-content.ts';

/**
 * What an asynchronous-message test gets, as pact-js's `AsynchronousMessage`.
 *
 * @example
 * const test = async (m: AsynchronousMessage) => handleOrderPaid(m.contents.content);
 */
export interface AsynchronousMessage {
  readonly contents: { readonly content: unknown };
  readonly metadata: Readonly<Record<string, unknown>>;
}

/**
 * What a synchronous-message test gets, as pact-js's `SynchronousMessage`: contents as bytes.
 *
 * @example
 * const test = async (m: SynchronousMessage) => JSON.parse(m.Response[0].content.toString());
 */
export interface SynchronousMessage {
  readonly Request: { readonly content: Buffer };
  readonly Response: readonly { readonly content: Buffer }[];
}

/**
 * A described asynchronous message: run the consumer's handler.
 *
 * @example
 * await message.executeTest(async (m) => handler(m.contents.content));
 */
export interface V4AsynchronousMessageWithContent {
  executeTest<T>(integrationTest: (message: AsynchronousMessage) => Promise<T>): Promise<T | undefined>;
}

abstract class MessageMarkup<Self> {
  protected readonly options: CreatePactOptions;
  protected readonly draft = new InteractionDraft();

  constructor(options: CreatePactOptions) {
    this.options = options;
  }

  protected abstract self(): Self;

  given(state: string, parameters?: Readonly<Record<string, unknown>>): Self {
    this.draft.given(state, parameters);
    return this.self();
  }

  pending(pending?: boolean): Self {
    this.draft.pending(pending);
    return this.self();
  }

  comment(comment: V4Comment): Self {
    this.draft.comment(comment);
    return this.self();
  }

  testName(name: string): Self {
    this.draft.testName(name);
    return this.self();
  }

  reference(_group: string, _name: string, _value: string): Self {
    throw referenceUnsupported();
  }

  usingPlugin(_config: unknown): never {
    throw pluginsUnsupported();
  }
}

/**
 * pact-js's `V4UnconfiguredAsynchronousMessage`.
 *
 * @example
 * pact.addAsynchronousInteraction().expectsToReceive('an order-paid event', (b) => b.withJSONContent({ id: 1 }));
 */
export class V4UnconfiguredAsynchronousMessage extends MessageMarkup<V4UnconfiguredAsynchronousMessage> {
  protected self(): V4UnconfiguredAsynchronousMessage {
    return this;
  }

  expectsToReceive(
    description: string,
    contents: (builder: V4MessageBuilder) => void,
  ): V4AsynchronousMessageWithContent {
    if (description === '')
      throw new SeamError('usage', 'expectsToReceive: the description must not be empty');
    const template = collectMessage(contents);
    const described = this.draft
      .applyTo(createPact(this.options).addAsynchronousMessage())
      .expectsToReceive(description)
      .withMetadata(template.metadata ?? {});
    const ready = described.withContent(template.contents, template.contentType);
    return {
      executeTest: (test) =>
        ready.executeTest((message) =>
          test({ contents: { content: contentValue(message.contents) }, metadata: message.metadata }),
        ),
    };
  }
}

/**
 * pact-js's `V4UnconfiguredSynchronousMessage`.
 *
 * @example
 * pact.addSynchronousInteraction('a stock check')
 *   .withRequest((b) => b.withJSONContent({ sku: 'SKU-1' }))
 *   .withResponse((b) => b.withJSONContent({ available: integer(3) }));
 */
export class V4UnconfiguredSynchronousMessage extends MessageMarkup<V4UnconfiguredSynchronousMessage> {
  readonly #description: string;

  constructor(options: CreatePactOptions, description: string) {
    super(options);
    this.#description = description;
  }

  protected self(): V4UnconfiguredSynchronousMessage {
    return this;
  }

  withRequest(build: (builder: V4MessageRequestBuilder) => void) {
    const request = withContentTypeMetadata(collectMessage(build));
    const start = this.draft.applyTo(createPact(this.options).addSynchronousMessage(this.#description));
    const withRequest = start.withRequest(request);
    return {
      withResponse: (respond: (builder: V4MessageBuilder) => void) => {
        const ready = withRequest.withResponse(withContentTypeMetadata(collectMessage(respond)));
        return {
          executeTest: <T>(test: (message: SynchronousMessage) => Promise<T>): Promise<T | undefined> =>
            ready.executeTest(({ request: sent, responses }) =>
              test({
                Request: { content: contentBytes(sent.contents) },
                Response: responses.map((response) => ({ content: contentBytes(response.contents) })),
              }),
            ),
        };
      },
    };
  }
}

// As the Pact core: each side of a synchronous message records its content type in the metadata.
function withContentTypeMetadata(template: MessageTemplate): MessageTemplate {
  const metadata = template.metadata ?? {};
  if (template.contentType === undefined || Object.keys(metadata).some((key) => /^content-?type$/i.test(key)))
    return template;
  return { ...template, metadata: { ...metadata, contentType: template.contentType } };
}
