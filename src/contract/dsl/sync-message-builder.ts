/**
 * The typestate builder of V4 synchronous messages: `given`* → `withRequest` → `withResponse`
 * (one or more) → `executeTest`.
 */
import type { SyncMessageInteraction } from '../model/pact.ts';
import { executeSyncMessageTest, type SyncMessageHandler } from './execute-message-test.ts';
import {
  commonFields,
  type InteractionDraft,
  type InteractionMarkup,
  markupSetters,
} from './interaction-markup.ts';
import { buildMessage, type MessageTemplate } from './message-parts.ts';
import type { PactSettings } from './pact-options.ts';

/**
 * A new synchronous message: provider states and V4 extras, then the request message.
 *
 * @example
 * pact.addSynchronousMessage('a stock check').given('SKU-1 in stock').withRequest({ contents: { sku: 'SKU-1' } });
 */
export interface SyncMessageStart extends InteractionMarkup<SyncMessageStart> {
  withRequest(request: MessageTemplate): SyncMessageWithRequest;
}

/**
 * A synchronous message with its request: a response next.
 *
 * @example
 * withRequest.withResponse({ contents: { available: integer(3) } });
 */
export interface SyncMessageWithRequest {
  withResponse(response: MessageTemplate): SyncMessageReady;
}

/**
 * A complete synchronous message: more responses, or run the consumer's code.
 *
 * @example
 * await ready.executeTest(async ({ request, responses }) => stockClient.handle(request, responses[0]));
 */
export interface SyncMessageReady {
  withResponse(response: MessageTemplate): SyncMessageReady;
  /** Calls the handler with the request and response messages; merges the pact file if it succeeds. */
  executeTest<T>(handler: SyncMessageHandler<T>): Promise<T>;
}

/**
 * The first state of a synchronous message of the pact in `settings`.
 *
 * @example
 * const start = startSyncMessage(settings, 'a stock check');
 */
export function startSyncMessage(settings: PactSettings, description: string): SyncMessageStart {
  const start = (draft: InteractionDraft): SyncMessageStart => ({
    ...markupSetters(settings, draft, start),
    withRequest: (request) => ({ withResponse: (response) => ready(settings, draft, request, [response]) }),
  });
  return start({ description, providerStates: [] });
}

function ready(
  settings: PactSettings,
  draft: InteractionDraft,
  request: MessageTemplate,
  responses: readonly MessageTemplate[],
): SyncMessageReady {
  return {
    withResponse: (response) => ready(settings, draft, request, [...responses, response]),
    executeTest: (handler) => {
      const interaction: SyncMessageInteraction = {
        kind: 'sync-message',
        ...commonFields(draft),
        request: buildMessage(request, settings.spec),
        response: responses.map((response) => buildMessage(response, settings.spec)),
      };
      return executeSyncMessageTest(settings, interaction, handler);
    },
  };
}
