/** The message a consumer's handler receives: contents decoded, generators applied in consumer mode. */

import { type Body, generateMessage, type Message, metadataContentTypeEntry } from '../../match/index.ts';
import type { ProviderState } from '../model/pact.ts';
import { isJsonContentType, isTextContentType } from '../pact-json/body-content-type.ts';

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
  const declared = metadataContentTypeEntry(metadata)?.[1];
  const declaredType = typeof declared === 'string' ? declared : undefined;
  const contentType = bodyContentType(generated.contents) ?? declaredType;
  if (contentType === undefined) return { contents, metadata, description, providerStates };
  const withType = declaredType === undefined ? { ...metadata, contentType } : metadata;
  return { contents, contentType, metadata: withType, description, providerStates };
}

function bodyContentType(body: Body): string | undefined {
  return body.state === 'present' || body.state === 'empty' ? body.contentType : undefined;
}

/**
 * The value of a body: parsed JSON, text, or bytes.
 *
 * @example
 * decodeBody({ state: 'null' }); // null
 */
function decodeBody(body: Body): unknown {
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
