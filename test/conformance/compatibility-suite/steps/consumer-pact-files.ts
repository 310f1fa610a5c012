/**
 * Checks of the pact file a consumer test wrote: as JSON (provider states, V4 type, key, pending,
 * comments), and as the model (messages: contents, content types, metadata, provider states).
 */
import { isDeepStrictEqual } from 'node:util';
import { interactionJson, writtenPact } from '../consumer-test.ts';
import { assertDocument } from '../documents.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import type { World } from '../world.ts';
import {
  assertCell,
  assertContentType,
  assertMetadata,
  contentTypeOf,
  firstInteraction,
  firstMessage,
  firstSync,
  responseMessage,
} from '../written-pact.ts';

function providerStatesJson(world: World): { name?: unknown; params?: unknown }[] {
  const states = interactionJson(world, 0).providerStates;
  if (!Array.isArray(states)) throw new Error('The interaction in the pact file has no providerStates');
  return states as { name?: unknown; params?: unknown }[];
}

const ordinals = ['first', 'second', 'third'];

const pactJsonSteps: readonly StepDefinition[] = [
  defineStep('the interaction in the Pact file will contain {int} provider state(s)', (world, [n = '']) => {
    const count = providerStatesJson(world).length;
    if (count !== Number(n)) throw new Error(`Expected ${n} provider states, but the pact has ${count}`);
  }),
  defineStep(
    'the interaction in the Pact file will contain provider state {string}',
    (world, [name = '']) => {
      if (!providerStatesJson(world).some((state) => state.name === name)) {
        throw new Error(`No provider state "${name}" in ${JSON.stringify(providerStatesJson(world))}`);
      }
    },
  ),
  defineStep(
    'the provider state {string} in the Pact file will contain the following parameters:',
    (world, [name = ''], step) => {
      const expected: unknown = JSON.parse(step.table?.[1]?.[0] ?? 'null');
      const state = providerStatesJson(world).find((each) => each.name === name);
      if (!isDeepStrictEqual(state?.params, expected)) {
        throw new Error(
          `Expected "${name}" to have parameters ${JSON.stringify(expected)} but had ${JSON.stringify(state?.params)}`,
        );
      }
    },
  ),
  defineStep(
    /^the (first|second|third) interaction in the Pact file will have a type of "(.*)"$/,
    (world, [nth = '', type = '']) => {
      const actual = interactionJson(world, ordinals.indexOf(nth)).type;
      if (actual !== type) throw new Error(`Expected the interaction type ${type} but was ${String(actual)}`);
    },
  ),
  defineStep(
    /^the (first|second|third) interaction in the Pact file will have "(.*)" = '(.*)'$/,
    (world, [nth = '', name = '', value = '']) => {
      const actual = interactionJson(world, ordinals.indexOf(nth))[name];
      if (!isDeepStrictEqual(actual, JSON.parse(value))) {
        throw new Error(
          `Expected the interaction's ${name} to be ${value} but was ${JSON.stringify(actual)}`,
        );
      }
    },
  ),
  defineStep(
    'there will be an interaction in the Pact file with a type of {string}',
    (world, [type = '']) => {
      const pact = writtenPact(world);
      const types = pact.interactions.map((_, index) => interactionJson(world, index).type);
      if (!types.includes(type))
        throw new Error(`No interaction of type ${type} (types: ${types.join(', ')})`);
    },
  ),
];

const pactModelSteps: readonly StepDefinition[] = [
  defineStep('the pact file will contain {int} message interaction(s)', (world, [n = '']) => {
    const count = writtenPact(world).interactions.filter((each) => each.kind === 'message').length;
    if (count !== Number(n)) throw new Error(`Expected ${n} messages in the pact, but there were ${count}`);
  }),
  defineStep('the pact file will contain {int} interaction', (world, [n = '']) => {
    const count = writtenPact(world).interactions.length;
    if (count !== Number(n))
      throw new Error(`Expected ${n} interactions in the pact, but there were ${count}`);
  }),
  defineStep(
    'the first message in the pact file will contain the {string} document',
    (world, [fixture = '']) => assertDocument(firstMessage(world).contents, fixture),
  ),
  defineStep('the first message in the pact file content type will be {string}', (world, [type = '']) =>
    assertContentType(contentTypeOf(firstMessage(world)), type),
  ),
  defineStep(
    'the first message in the pact file will contain the message metadata {string} == {string}',
    (world, [key = '', value = '']) => assertMetadata(firstMessage(world).metadata, key, value),
  ),
  defineStep(
    'the first message in the pact file will contain the request message metadata {string} == {string}',
    (world, [key = '', value = '']) => assertMetadata(firstSync(world).request.metadata, key, value),
  ),
  defineStep('the first message in the pact file will contain {int} provider state(s)', (world, [n = '']) => {
    const count = (firstInteraction(world) as { providerStates?: unknown[] }).providerStates?.length ?? 0;
    if (count !== Number(n)) throw new Error(`Expected ${n} provider states, but the message has ${count}`);
  }),
  defineStep(
    'the first message in the Pact file will contain provider state {string}',
    (world, [name = '']) => {
      const first = firstInteraction(world);
      if (first.kind === 'other' || !first.providerStates.some((state) => state.name === name)) {
        throw new Error(`The first message has no provider state "${name}"`);
      }
    },
  ),
  defineStep(
    'the provider state {string} for the message will contain the following parameters:',
    (world, [name = ''], step) => {
      const expected: unknown = JSON.parse(step.table?.[1]?.[0] ?? 'null');
      const first = firstInteraction(world);
      const state =
        first.kind === 'other' ? undefined : first.providerStates.find((each) => each.name === name);
      if (!isDeepStrictEqual(state?.params, expected)) {
        throw new Error(
          `Expected "${name}" to have parameters ${JSON.stringify(expected)} but had ${JSON.stringify(state?.params)}`,
        );
      }
    },
  ),
  defineStep(
    'the first interaction in the pact file will contain the {string} document as the request',
    (world, [cell = '']) => assertCell(firstSync(world).request, cell, 'request message'),
  ),
  defineStep(
    'the first interaction in the pact file will contain the {string} document as a response',
    (world, [cell = '']) => assertCell(responseMessage(world, 0), cell, 'response message'),
  ),
  defineStep(
    /^the first interaction in the pact file will contain the "(.*)" document as the (first|second|third) response message$/,
    (world, [cell = '', nth = '']) =>
      assertCell(responseMessage(world, ordinals.indexOf(nth)), cell, `${nth} response message`),
  ),
  defineStep(
    'the first interaction in the pact file request content type will be {string}',
    (world, [type = '']) => assertContentType(contentTypeOf(firstSync(world).request), type),
  ),
  defineStep(
    'the first interaction in the pact file response content type will be {string}',
    (world, [type = '']) => assertContentType(contentTypeOf(responseMessage(world, 0)), type),
  ),
  defineStep(
    'the first interaction in the pact file will contain {int} response messages',
    (world, [n = '']) => {
      const count = firstSync(world).response.length;
      if (count !== Number(n)) throw new Error(`Expected ${n} response messages but there were ${count}`);
    },
  ),
];

export const consumerPactFileSteps: readonly StepDefinition[] = [...pactJsonSteps, ...pactModelSteps];
