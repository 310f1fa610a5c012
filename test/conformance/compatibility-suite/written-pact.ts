/**
 * Reading the messages of the pact file a consumer test wrote, and the checks the pact-file and
 * received-message steps share.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Interaction } from '../../../src/contract/index.ts';
import type { Message } from '../../../src/match/model.ts';
import { writtenPact } from './consumer-test.ts';
import { bodyIsCell, metadataContentType } from './documents.ts';
import { metadataValue } from './fixtures.ts';
import type { World } from './world.ts';

export function firstInteraction(world: World): Interaction {
  const [first] = writtenPact(world).interactions;
  if (first === undefined) throw new Error('The pact file has no interactions');
  return first;
}

/** The first message of the pact: an asynchronous message, or a synchronous message's request. */
export function firstMessage(world: World): Message {
  const first = firstInteraction(world);
  if (first.kind === 'message') return first.message;
  if (first.kind === 'sync-message') return first.request;
  throw new Error(`The first interaction is not a message but ${first.kind}`);
}

export function firstSync(world: World) {
  const first = firstInteraction(world);
  if (first.kind !== 'sync-message')
    throw new Error(`The first interaction is not a synchronous message but ${first.kind}`);
  return first;
}

export function responseMessage(world: World, index: number): Message {
  const response = firstSync(world).response[index];
  if (response === undefined) throw new Error(`The synchronous message has no response ${index + 1}`);
  return response;
}

export function contentTypeOf(message: Message): string | undefined {
  return (
    metadataContentType(message.metadata) ??
    (message.contents.state === 'present' ? message.contents.contentType : undefined)
  );
}

export function assertMetadata(
  metadata: Readonly<Record<string, unknown>> | undefined,
  key: string,
  cell: string,
): void {
  const expected = metadataValue(cell);
  if (!isDeepStrictEqual(metadata?.[key], expected)) {
    throw new Error(
      `Expected metadata ${key} == ${JSON.stringify(expected)} but was ${JSON.stringify(metadata?.[key])}`,
    );
  }
}

export function assertContentType(actual: string | undefined, expected: string): void {
  if (actual !== expected) throw new Error(`Expected content type ${expected} but was ${actual}`);
}

export function assertCell(message: Message, cell: string, what: string): void {
  if (!bodyIsCell(message.contents, cell)) throw new Error(`The ${what} does not hold the ${cell} document`);
}
