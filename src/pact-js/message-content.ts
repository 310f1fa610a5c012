/**
 * pact-js's V4 message content builders (`withJSONContent`, `withContent`, `withMetadata`), which
 * collect one of seam's message templates.
 */
import type { MessageTemplate } from '../contract/index.ts';
import { unsupported } from './unsupported.ts';

/**
 * pact-js's `V4AsynchronousMessageBuilder` (and the response side of a synchronous message).
 *
 * @example
 * const build = (b: V4MessageBuilder) => b.withJSONContent({ id: like(1) }).withMetadata({ topic: 'orders' });
 */
export interface V4MessageBuilder {
  withMetadata(metadata: Readonly<Record<string, unknown>>): V4MessageBuilder;
  /** Bytes (or text) of the given content type. */
  withContent(contentType: string, body: Uint8Array | string): V4MessageBuilder;
  /** JSON contents, with matchers. */
  withJSONContent(content: unknown): V4MessageBuilder;
  /** Not supported: put matchers in the contents. */
  withMatchingRules(rules: unknown): V4MessageBuilder;
}

/**
 * pact-js's request builder of a synchronous message (no metadata).
 *
 * @example
 * const build = (b: V4MessageRequestBuilder) => b.withJSONContent({ sku: 'SKU-1' });
 */
export type V4MessageRequestBuilder = Omit<V4MessageBuilder, 'withMetadata'>;

/**
 * Runs a pact-js content builder callback and returns the template it described.
 *
 * @example
 * collectMessage((b) => b.withJSONContent({ id: 1 })); // { contents: { id: 1 }, contentType: 'application/json' }
 */
export function collectMessage(build: ((builder: V4MessageBuilder) => unknown) | undefined): MessageTemplate {
  let template: MessageTemplate = {};
  const builder: V4MessageBuilder = {
    withMetadata: (metadata) => {
      template = { ...template, metadata: { ...template.metadata, ...metadata } };
      return builder;
    },
    withContent: (contentType, body) => {
      template = { ...template, contents: body, contentType };
      return builder;
    },
    withJSONContent: (content) => {
      template = { ...template, contents: content, contentType: 'application/json' };
      return builder;
    },
    withMatchingRules: () => {
      throw unsupported(
        'withMatchingRules(rules) on message builders',
        'put matchers (MatchersV3) in the contents instead',
      );
    },
  };
  build?.(builder);
  return template;
}

/**
 * Message contents as the bytes pact-js hands a synchronous-message test (`Request.content`).
 *
 * @example
 * contentBytes({ sku: 'SKU-1' }).toString(); // '{"sku":"SKU-1"}'
 */
export function contentBytes(contents: unknown): Buffer {
  if (contents instanceof Uint8Array) return Buffer.from(contents);
  if (typeof contents === 'string') return Buffer.from(contents);
  return Buffer.from(JSON.stringify(contents));
}

/**
 * Message contents as pact-js hands an asynchronous-message test: bytes as a `Buffer`, JSON and
 * text as they are.
 *
 * @example
 * contentValue(new Uint8Array([1])); // <Buffer 01>
 */
export function contentValue(contents: unknown): unknown {
  return contents instanceof Uint8Array ? Buffer.from(contents) : contents;
}
