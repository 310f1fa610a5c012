/**
 * pact-js's message handler adapters: a function of the message body, wrapped into a handler of
 * the whole message.
 */
import type { MessageConsumer } from './message-consumer-pact.ts';
import type { AsynchronousMessage } from './v4-message-interactions.ts';

/**
 * A handler of the message's contents, sync or not, as a {@link MessageConsumer}.
 *
 * @example
 * await messagePact.verify(synchronousBodyHandler((body) => orders.onPaid(body)));
 */
export function synchronousBodyHandler<R, B = unknown>(handler: (body: B) => R): MessageConsumer {
  return async (message) => handler(message.contents as B);
}

/**
 * A handler of the message's contents that returns a promise, as a {@link MessageConsumer}.
 *
 * @example
 * await messagePact.verify(asynchronousBodyHandler(async (body) => orders.onPaid(body)));
 */
export function asynchronousBodyHandler<R, B = unknown>(handler: (body: B) => Promise<R>): MessageConsumer {
  return (message) => handler(message.contents as B);
}

/**
 * A V4 asynchronous-message test from a handler of its contents.
 *
 * @example
 * await interaction.executeTest(v4SynchronousBodyHandler((body) => orders.onPaid(body)));
 */
export function v4SynchronousBodyHandler<R>(
  handler: (body: unknown) => R,
): (m: AsynchronousMessage) => Promise<R> {
  return async (message) => handler(message.contents.content);
}

/**
 * A V4 asynchronous-message test from an async handler of its contents.
 *
 * @example
 * await interaction.executeTest(v4AsynchronousBodyHandler(async (body) => orders.onPaid(body)));
 */
export function v4AsynchronousBodyHandler<R>(
  handler: (body: unknown) => Promise<R>,
): (m: AsynchronousMessage) => Promise<R> {
  return (message) => handler(message.contents.content);
}
