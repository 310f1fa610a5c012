/** Generating a message from its expected form: metadata, then contents. */
import type { Message } from '../model.ts';
import { applyToBody } from './apply-to-body.ts';
import { applyToMetadata } from './apply-to-parts.ts';
import type { GeneratorContext } from './context.ts';
import { targetsOf } from './targets.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The content type a message's metadata declares (`contentType` or `content-type`, any case). */
function declaredContentType(metadata: Message['metadata']): string | undefined {
  const key = Object.keys(metadata ?? {}).find((name) => /^content-?type$/i.test(name));
  const value = key === undefined ? undefined : metadata?.[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A copy of the message with its generators applied for `context.mode`, as the Rust core's
 * `generate_message`: `metadata` generators on the metadata (adding absent keys), `content` (and
 * `body`) generators on the contents. The input is not changed; values that cannot be generated
 * are left as they were and reported to `context.onIssue`.
 *
 * @example
 * const message: Message = {
 *   contents: { state: 'present', content: new TextEncoder().encode('{"id":1}'), contentType: 'application/json' },
 *   generators: { content: { '$.id': { type: 'Uuid' } } },
 * };
 * generateMessage(message, { mode: 'consumer' }).contents; // {"id":"<a random UUID>"}
 */
export function generateMessage(message: Message, given: GeneratorContext): Message {
  // A fresh context object per call: the total generated is counted per request, response or message.
  const context: GeneratorContext = { ...given };
  const generators = message.generators;
  if (generators === undefined) return message;
  const result: Mutable<Message> = { ...message };
  const metadata = applyToMetadata(message.metadata, targetsOf(generators, ['metadata'], context), context);
  if (metadata !== undefined) result.metadata = metadata;
  const targets = targetsOf(generators, ['content', 'body'], context);
  result.contents = applyToBody(message.contents, targets, context, declaredContentType(message.metadata));
  return result;
}
