/** Converting between the messages user code produces and the model the engine compares. */
import {
  formatContentType,
  isJsonContentType,
  isTextContentType,
  isUnknownContentType,
  parseContentType,
} from '../../core/index.ts';
import { type Body, type Message, messageContentType, metadataContentTypeEntry } from '../../match/index.ts';
import type { ProducedMessage } from './verify-options.ts';

/**
 * A produced message as a {@link Message}. Bytes are kept as they are; a string is kept as text
 * when the content type (declared in its metadata, else the expected one) is not JSON; anything
 * else is JSON-encoded. The content type used becomes `contentType` metadata when the metadata
 * has none.
 *
 * @example
 * toMessage({ contents: { id: 1 } }, expected).contents; // {"id":1}, application/json
 */
export function toMessage(produced: ProducedMessage, expected: Message): Message {
  const declaredValue = metadataContentTypeEntry(produced.metadata)?.[1];
  const declaredType = typeof declaredValue === 'string' ? declaredValue : undefined;
  const declared = declaredType ?? expectedType(expected);
  const contents = toBody(produced.contents, declared);
  const contentType = contents.state === 'present' ? contents.contentType : undefined;
  // As over the Pact message proxy, where the Content-Type header becomes `contentType` metadata.
  const implied = declaredType === undefined && contentType !== undefined;
  const metadata = implied ? { contentType, ...produced.metadata } : produced.metadata;
  return metadata === undefined ? { contents } : { contents, metadata };
}

function toBody(contents: unknown, declared: string | undefined): Body {
  const asText = typeof contents === 'string' && declared !== undefined && !isJson(declared);
  if (contents instanceof Uint8Array || asText) {
    const content = contents instanceof Uint8Array ? contents : new TextEncoder().encode(contents as string);
    return declared === undefined
      ? { state: 'present', content }
      : { state: 'present', content, contentType: declared };
  }
  const content = new TextEncoder().encode(JSON.stringify(contents ?? null));
  return { state: 'present', content, contentType: declared ?? 'application/json' };
}

function isJson(contentType: string): boolean {
  const parsed = parseContentType(contentType);
  return parsed !== undefined && isJsonContentType(parsed);
}

function expectedType(expected: Message): string | undefined {
  const type = messageContentType(expected);
  return isUnknownContentType(type) ? undefined : formatContentType(type);
}

/**
 * A message's contents as user code wants them: parsed JSON, text, or bytes.
 *
 * @example
 * fromMessage(requestMessage); // { contents: { sku: 'SKU-2' }, metadata: {...} }
 */
export function fromMessage(message: Message): ProducedMessage {
  const contents = decodeContents(message);
  return message.metadata === undefined ? { contents } : { contents, metadata: message.metadata };
}

function decodeContents(message: Message): unknown {
  const body = message.contents;
  if (body.state === 'null') return null;
  if (body.state !== 'present') return undefined;
  const type = messageContentType(message);
  const text = new TextDecoder().decode(body.content);
  if (isJsonContentType(type)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return isTextContentType(type) ? text : body.content;
}
