/**
 * Checks of the messages a consumer test's handler received: contents, content type, metadata, and
 * values generators replaced (compared with the pact file's examples).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Message } from '../../../../src/match/model.ts';
import { jsonToString, valueAt } from '../body-values.ts';
import { consumerTestState } from '../consumer-test.ts';
import { metadataContentType, receivedIsCell } from '../documents.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import { assertValueType } from '../value-types.ts';
import type { World } from '../world.ts';
import {
  assertContentType,
  assertMetadata,
  firstMessage,
  firstSync,
  responseMessage,
} from '../written-pact.ts';

interface Received {
  readonly contents: unknown;
  readonly contentType?: string;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** The asynchronous message received, or (synchronous) the request or first response. */
function received(world: World, side: 'message' | 'request' | 'response'): Received {
  const state = consumerTestState(world);
  if (side === 'message' && state.received !== undefined) return state.received;
  const exchange = state.exchange;
  if (exchange === undefined) throw new Error('No message was received');
  const message = side === 'request' ? exchange.request : exchange.responses[0];
  if (message === undefined) throw new Error(`No ${side} message was received`);
  return message;
}

/** The message in the pact file the received one was generated from. */
function original(world: World, side: 'message' | 'request' | 'response'): Message {
  if (side === 'response') return responseMessage(world, 0);
  return firstMessage(world);
}

function assertReplaced(generated: unknown, before: unknown, type: string): void {
  if (generated === undefined) throw new Error('The received message has no such value');
  if (isDeepStrictEqual(generated, before))
    throw new Error(`Expected the original (${jsonToString(before)}) to have been replaced`);
  assertValueType(type, generated);
}

function contentsAt(message: Message, path: string): unknown {
  if (message.contents.state !== 'present') throw new Error('The message in the pact file has no contents');
  return valueAt(JSON.parse(new TextDecoder().decode(message.contents.content)), path);
}

function receivedSteps(side: 'message' | 'request' | 'response', label: string): StepDefinition[] {
  return [
    defineStep(
      `the received ${label} metadata will contain {string} == {string}`,
      (world, [key = '', value = '']) => assertMetadata(received(world, side).metadata, key, value),
    ),
    defineStep(
      `the received ${label} metadata will contain {string} replaced with a(n) {string}`,
      (world, [key = '', type = '']) =>
        assertReplaced(received(world, side).metadata[key], original(world, side).metadata?.[key], type),
    ),
  ];
}

export const receivedMessageSteps: readonly StepDefinition[] = [
  ...receivedSteps('message', 'message'),
  ...receivedSteps('request', 'message request'),
  ...receivedSteps('response', 'message response'),
  defineStep('the received message payload will contain the {string} JSON document', (world, [name = '']) => {
    if (!receivedIsCell(received(world, 'message').contents, `file: ${name}.json`)) {
      throw new Error(
        `The received message is not the ${name} document: ${JSON.stringify(received(world, 'message').contents)}`,
      );
    }
  }),
  defineStep('the received message payload will contain the {string} document', (world, [cell = '']) => {
    if (!receivedIsCell(received(world, 'response').contents, cell))
      throw new Error(`The received response is not the ${cell} document`);
  }),
  defineStep('the received message content type will be {string}', (world, [type = '']) => {
    const side = consumerTestState(world).exchange === undefined ? 'message' : 'response';
    const message = received(world, side);
    assertContentType(message.contentType ?? metadataContentType(message.metadata), type);
  }),
  defineStep(
    'the message contents for {string} will have been replaced with a(n) {string}',
    (world, [path = '', type = '']) =>
      assertReplaced(
        valueAt(received(world, 'message').contents, path),
        contentsAt(firstMessage(world), path),
        type,
      ),
  ),
  defineStep(
    'the message request contents for {string} will have been replaced with a(n) {string}',
    (world, [path = '', type = '']) =>
      assertReplaced(
        valueAt(received(world, 'request').contents, path),
        contentsAt(firstSync(world).request, path),
        type,
      ),
  ),
  defineStep(
    'the message response contents for {string} will have been replaced with a(n) {string}',
    (world, [path = '', type = '']) =>
      assertReplaced(
        valueAt(received(world, 'response').contents, path),
        contentsAt(responseMessage(world, 0), path),
        type,
      ),
  ),
];
