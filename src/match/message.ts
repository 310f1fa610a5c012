/**
 * Matching a message (V3 message, V4 asynchronous message, either side of a synchronous message):
 * contents (rules in `content`, or `body` for V3 files; unexpected keys allowed), then metadata.
 */
import {
  type ContentType,
  formatContentType,
  isEquivalentContentType,
  parseContentType,
  UNKNOWN_CONTENT_TYPE,
} from '../core/index.ts';
import { compareBodyStates } from './body/match-body.ts';
import { partContentType } from './body/part-content-type.ts';
import { categoryContext } from './contexts.ts';
import { guarded } from './guarded.ts';
import type { MatchingContext } from './matching-context.ts';
import { compareMetadata } from './metadata.ts';
import { mismatch } from './mismatch.ts';
import type { MatchResult, Message, Mismatch } from './model.ts';
import { type MatchOptions, specOf } from './options.ts';

/**
 * Compares a received message with the expected one.
 *
 * @example
 * matchMessage(
 *   { contents: json('{"a":1}'), metadata: { contentType: 'application/json' } },
 *   { contents: json('{"a":2}'), metadata: { contentType: 'application/json' } },
 * ).issues[0]?.path; // '$.a'
 */
export function matchMessage(expected: Message, actual: Message, options?: MatchOptions): MatchResult {
  return guarded(() => {
    const spec = specOf(options);
    const rules = expected.matchingRules;
    const contentContext = categoryContext(
      rules,
      rules?.content === undefined ? 'body' : 'content',
      true,
      spec,
    );
    return [
      ...compareContents(expected, actual, contentContext),
      ...compareMetadata(expected.metadata, actual.metadata, categoryContext(rules, 'metadata', true, spec)),
    ];
  });
}

/**
 * The content type of a message: its `contentType` metadata, else the body's, else a guess.
 *
 * @example
 * messageContentType({ contents: { state: 'missing' }, metadata: { contentType: 'text/plain' } }); // text/plain
 */
export function messageContentType(message: Message): ContentType {
  const entry = metadataContentTypeEntry(message.metadata);
  const declared = typeof entry?.[1] === 'string' ? parseContentType(entry[1]) : undefined;
  return declared ?? partContentType(undefined, message.contents) ?? UNKNOWN_CONTENT_TYPE;
}

/**
 * The entry of message metadata that declares the contents' type: the first key that reads
 * `contentType` or `content-type` in any case, with its value, whatever that value is (callers
 * decide what a non-string value means). Undefined when no key declares one.
 *
 * @example
 * metadataContentTypeEntry({ topic: 'orders', 'Content-Type': 'text/plain' }); // ['Content-Type', 'text/plain']
 * metadataContentTypeEntry({ topic: 'orders' }); // undefined
 */
export function metadataContentTypeEntry(
  metadata: Readonly<Record<string, unknown>> | undefined,
): [key: string, value: unknown] | undefined {
  if (metadata === undefined) return undefined;
  const key = Object.keys(metadata).find((name) => /^content-?type$/i.test(name));
  return key === undefined ? undefined : [key, metadata[key]];
}

function compareContents(expected: Message, actual: Message, context: MatchingContext): Mismatch[] {
  const expectedType = messageContentType(expected);
  const actualType = messageContentType(actual);
  if (isEquivalentContentType(expectedType, actualType)) {
    return compareBodyStates(expectedType, expected.contents, actualType, actual.contents, context);
  }
  if (expected.contents.state !== 'present') return [];
  const [e, a] = [formatContentType(expectedType), formatContentType(actualType)];
  return [mismatch('body-type', '$', e, a, `Expected message with content type ${e} but was ${a}`)];
}
