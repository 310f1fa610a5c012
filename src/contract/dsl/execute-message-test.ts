/**
 * `executeTest` for messages: hand the example message(s) to the consumer's handler; merge the
 * pact file only if the handler succeeds.
 */
import type { MessageInteraction, SyncMessageInteraction } from '../model/pact.ts';
import { deliverMessage, type ReceivedMessage } from './delivered-message.ts';
import type { PactSettings } from './pact-options.ts';
import { defaultContractRuntime } from './runtime.ts';
import { writeInteractions } from './write-interactions.ts';

/**
 * A consumer's message handler under test.
 *
 * @example
 * const handler: MessageHandler<void> = async (message) => onOrderPaid(message.contents);
 */
export type MessageHandler<T> = (message: ReceivedMessage) => T | Promise<T>;

/**
 * What a synchronous-message handler gets: the request message and the expected responses.
 *
 * @example
 * const exchange: SyncMessageExchange = { request, responses: [response] };
 */
export interface SyncMessageExchange {
  readonly request: ReceivedMessage;
  readonly responses: readonly ReceivedMessage[];
}

/**
 * A consumer's synchronous-message code under test.
 *
 * @example
 * const handler: SyncMessageHandler<number> = ({ responses }) => responses.length;
 */
export type SyncMessageHandler<T> = (exchange: SyncMessageExchange) => T | Promise<T>;

/**
 * Calls the handler with the message (contents from the examples, generators applied in consumer
 * mode), then merges the pact file. A handler error rejects the promise and writes nothing.
 *
 * @example
 * await executeMessageTest(settings, interaction, async (message) => onOrderPaid(message.contents));
 */
export async function executeMessageTest<T>(
  settings: PactSettings,
  interaction: MessageInteraction,
  handler: MessageHandler<T>,
): Promise<T> {
  const value = await handler(
    deliverMessage(interaction.message, interaction.description, interaction.providerStates),
  );
  await writeInteractions(settings.runtime ?? defaultContractRuntime, settings, [interaction]);
  return value;
}

/**
 * Calls the handler with the request message and the response messages, then merges the pact
 * file. A handler error rejects the promise and writes nothing.
 *
 * @example
 * await executeSyncMessageTest(settings, interaction, async ({ request, responses }) => check(request, responses));
 */
export async function executeSyncMessageTest<T>(
  settings: PactSettings,
  interaction: SyncMessageInteraction,
  handler: SyncMessageHandler<T>,
): Promise<T> {
  const deliver = (message: SyncMessageInteraction['request']) =>
    deliverMessage(message, interaction.description, interaction.providerStates);
  const value = await handler({
    request: deliver(interaction.request),
    responses: interaction.response.map(deliver),
  });
  await writeInteractions(settings.runtime ?? defaultContractRuntime, settings, [interaction]);
  return value;
}
