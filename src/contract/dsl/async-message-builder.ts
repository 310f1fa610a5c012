/**
 * The typestate builder of asynchronous messages (V3 message pacts, V4 `Asynchronous/Messages`):
 * `given`* → `expectsToReceive` → `withContent` (and `withMetadata`) → `executeTest`.
 */
import type { MessageInteraction } from '../model/pact.ts';
import { executeMessageTest, type MessageHandler } from './execute-message-test.ts';
import {
  commonFields,
  emptyDraft,
  type InteractionDraft,
  type InteractionMarkup,
  markupSetters,
} from './interaction-markup.ts';
import { buildMessage, type MessageTemplate } from './message-parts.ts';
import type { PactSettings } from './pact-options.ts';

/**
 * A new asynchronous message: provider states and V4 extras, then `expectsToReceive`.
 *
 * @example
 * pact.addAsynchronousMessage().given('order 1042 is paid').expectsToReceive('an order-paid event');
 */
export interface AsyncMessageStart extends InteractionMarkup<AsyncMessageStart> {
  expectsToReceive(description: string): AsyncMessageDescribed;
}

/**
 * A described message: metadata, then its contents.
 *
 * @example
 * described.withMetadata({ topic: 'orders' }).withContent({ orderId: integer(1042) });
 */
export interface AsyncMessageDescribed extends InteractionMarkup<AsyncMessageDescribed> {
  withMetadata(metadata: Readonly<Record<string, unknown>>): AsyncMessageDescribed;
  /** The contents: JSON with matchers (default `application/json`), text, or bytes. */
  withContent(contents: unknown, contentType?: string): AsyncMessageReady;
}

/**
 * A complete message: more metadata, or run the consumer's handler.
 *
 * @example
 * await ready.executeTest(async (message) => orderPaidHandler(message.contents));
 */
export interface AsyncMessageReady {
  withMetadata(metadata: Readonly<Record<string, unknown>>): AsyncMessageReady;
  /** Calls the handler with the example message; merges the pact file if it succeeds. */
  executeTest<T>(handler: MessageHandler<T>): Promise<T>;
}

/**
 * The first state of an asynchronous message of the pact in `settings`.
 *
 * @example
 * const start = startAsyncMessage(settings);
 */
export function startAsyncMessage(settings: PactSettings): AsyncMessageStart {
  const start = (draft: InteractionDraft): AsyncMessageStart => ({
    ...markupSetters(settings, draft, start),
    expectsToReceive: (description) => described({ ...draft, description }, {}),
  });
  const described = (draft: InteractionDraft, template: MessageTemplate): AsyncMessageDescribed => ({
    ...markupSetters(settings, draft, (next) => described(next, template)),
    withMetadata: (metadata) => described(draft, withMetadata(template, metadata)),
    withContent: (contents, contentType) =>
      ready(settings, draft, {
        ...template,
        contents,
        ...(contentType === undefined ? {} : { contentType }),
      }),
  });
  return start(emptyDraft);
}

function ready(
  settings: PactSettings,
  draft: InteractionDraft,
  template: MessageTemplate,
): AsyncMessageReady {
  return {
    withMetadata: (metadata) => ready(settings, draft, withMetadata(template, metadata)),
    executeTest: (handler) => {
      const interaction: MessageInteraction = {
        kind: 'message',
        ...commonFields(draft),
        message: buildMessage(template, settings.spec),
      };
      return executeMessageTest(settings, interaction, handler);
    },
  };
}

function withMetadata(
  template: MessageTemplate,
  metadata: Readonly<Record<string, unknown>>,
): MessageTemplate {
  return { ...template, metadata: { ...template.metadata, ...metadata } };
}
