/** The message a consumer's handler receives: contents decoded, generators applied in consumer mode. */

import { generateMessage } from '../../match/generators/apply-to-message.ts';
import type { Body, Message } from '../../match/model.ts';
import { isJsonContentType, isTextContentType } from '../content-type.ts';
import type { ProviderState } from '../pact-model.ts';

/**
 * A message as a consumer handler gets it.
 *
 * @example
 * async function handle(message: ReceivedMessage<{ orderId: number }>) {
 *   await onOrderPaid(message.contents.orderId);
 * }
 */
export interface ReceivedMessage<T = unknown> {
  /** JSON contents parsed; text as a string; other content as bytes. */
  readonly contents: T;
  /** The contents' media type, if known. */
  readonly contentType?: string;
  /** The metadata, with `contentType` added when the contents have a type and it is missing. */
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly description: string;
  readonly providerStates: readonly ProviderState[];
}

/**
 * The message the handler receives for an expected message.
 *
 * @example
 * const received = deliverMessage(message, 'order paid', []);
 */
export function deliverMessage(
  message: Message,
  description: string,
  providerStates: readonly ProviderState[],
): ReceivedMessage {
  const generated = generateMessage(message, { mode: 'consumer' });
  const contents = decodeBody(generated.contents);
  const metadata = generated.metadata ?? {};
  const contentType = bodyContentType(generated.contents) ?? declaredType(metadata);
  if (contentType === undefined) return { contents, metadata, description, providerStates };
  const withType = declaredType(metadata) === undefined ? { ...metadata, contentType } : metadata;
  return { contents, contentType, metadata: withType, description, providerStates };
}

function bodyContentType(body: Body): string | undefined {
  return body.state === 'present' || body.state === 'empty' ? body.contentType : undefined;
}

function declaredType(metadata: Readonly<Record<string, unknown>>): string | undefined {
  const key = Object.keys(metadata).find((name) => /^content-?type$/i.test(name));
  const value = key === undefined ? undefined : metadata[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The value of a body: parsed JSON, text, or bytes.
 *
 * @example
 * decodeBody({ state: 'null' }); // null
 */
export function decodeBody(body: Body): unknown {
  switch (body.state) {
    case 'missing':
      return undefined;
    case 'null':
      return null;
    case 'empty':
      return '';
    case 'present': {
      const type = body.contentType ?? 'application/octet-stream';
      if (isJsonContentType(type)) return JSON.parse(new TextDecoder().decode(body.content));
      return isTextContentType(type) ? new TextDecoder().decode(body.content) : body.content;
    }
  }
}
