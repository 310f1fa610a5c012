/**
 * Consumer-test steps written with seam's DSL (V3 http_consumer and message_consumer, V4
 * http_consumer, message_consumer, synchronous_message_consumer and v4): define the interaction or
 * message (provider states, key, pending, comments, contents, metadata, generators) and run the test.
 */
import {
  type InteractionDraft,
  type MessagePartDraft,
  newInteractionDraft,
  newPart,
  setContents,
  setGenerators,
  stateParams,
} from '../consumer-drafts.ts';
import { consumerTestState, runConsumerTest, writtenPact } from '../consumer-test.ts';
import type { Step } from '../feature-files.ts';
import { metadataValue } from '../fixtures.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import { firstRecord, tableRecords } from '../tables.ts';
import type { World } from '../world.ts';

type Which = 'HTTP' | 'message' | 'synchronous message';

function draftOf(world: World, which: Which): InteractionDraft {
  const state = consumerTestState(world);
  const draft = which === 'HTTP' ? state.http : which === 'message' ? state.message : state.sync;
  if (draft === undefined) throw new Error(`No ${which} interaction is being defined`);
  return draft;
}

function messagePart(world: World): MessagePartDraft {
  const { message } = consumerTestState(world);
  if (message === undefined) throw new Error('No message is being defined');
  return message.part;
}

function syncDraft(world: World) {
  const { sync } = consumerTestState(world);
  if (sync === undefined) throw new Error('No synchronous message is being defined');
  return sync;
}

/** A `key`/`value` table into metadata. */
function addMetadata(part: MessagePartDraft, step: Step): void {
  for (const row of tableRecords(step)) part.metadata[row.key ?? ''] = metadataValue(row.value ?? '');
}

/** A `body` / `generators` / `metadata` (JSON object) row into a message part. */
function configurePart(part: MessagePartDraft, step: Step): void {
  const row = firstRecord(step);
  if (row.body) setContents(part, row.body);
  if (row.generators) setGenerators(part, row.generators);
  if (row.metadata) Object.assign(part.metadata, JSON.parse(row.metadata) as Record<string, unknown>);
}

function markupSteps(which: Which, of: string): StepDefinition[] {
  return [
    defineStep(`a key of {string} is specified for the ${of}`, (world, [key = '']) => {
      draftOf(world, which).key = key;
    }),
    defineStep(`the ${of} is marked as pending`, (world) => {
      draftOf(world, which).pending = true;
    }),
    defineStep(`a comment {string} is added to the ${of}`, (world, [comment = '']) => {
      draftOf(world, which).comments.push(comment);
    }),
  ];
}

function stateSteps(which: Which, suffix: string): StepDefinition[] {
  return [
    defineStep(`a provider state {string}${suffix} is specified`, (world, [name = '']) => {
      draftOf(world, which).states.push({ name });
    }),
    defineStep(
      `a provider state {string}${suffix} is specified with the following data:`,
      (world, [name = ''], step) => {
        draftOf(world, which).states.push({ name, params: stateParams(firstRecord(step)) });
      },
    ),
  ];
}

const defineSteps: readonly StepDefinition[] = [
  ...['an integration', 'an HTTP interaction'].map((what) =>
    defineStep(`${what} is being defined for a consumer test`, (world) => {
      consumerTestState(world).http = newInteractionDraft();
    }),
  ),
  ...['a message integration', 'a message interaction'].map((what) =>
    defineStep(`${what} is being defined for a consumer test`, (world) => {
      consumerTestState(world).message = { ...newInteractionDraft(), part: newPart() };
    }),
  ),
  defineStep('a synchronous message interaction is being defined for a consumer test', (world) => {
    consumerTestState(world).sync = { ...newInteractionDraft(), request: newPart(), responses: [] };
  }),
  ...stateSteps('HTTP', ''),
  ...stateSteps('message', ' for the message'),
  ...stateSteps('synchronous message', ' for the synchronous message'),
  ...markupSteps('HTTP', 'HTTP interaction'),
  ...markupSteps('message', 'message interaction'),
  ...markupSteps('synchronous message', 'synchronous message interaction'),
  // The reference rebuilds its message builder here with the same states: nothing changes.
  defineStep('a message is defined', (world) => {
    messagePart(world);
  }),
  defineStep('the message payload contains the {string} JSON document', (world, [name = '']) => {
    setContents(messagePart(world), `file: ${name}.json`);
  }),
  defineStep('the message contains the following metadata:', (world, _args, step) => {
    addMetadata(messagePart(world), step);
  }),
  defineStep('the message is configured with the following:', (world, _args, step) => {
    const part = newPart();
    configurePart(part, step);
    consumerTestState(world).message = { ...newInteractionDraft(), part };
  }),
  defineStep('the message request payload contains the {string} JSON document', (world, [name = '']) => {
    setContents(syncDraft(world).request, `file: ${name}.json`);
  }),
  defineStep('the message response payload contains the {string} document', (world, [cell = '']) => {
    const part = newPart();
    setContents(part, cell);
    syncDraft(world).responses.push(part);
  }),
  defineStep('the message request contains the following metadata:', (world, _args, step) => {
    addMetadata(syncDraft(world).request, step);
  }),
  defineStep('the message request is configured with the following:', (world, _args, step) => {
    configurePart(syncDraft(world).request, step);
  }),
  defineStep('the message response is configured with the following:', (world, _args, step) => {
    const part = newPart();
    configurePart(part, step);
    syncDraft(world).responses.push(part);
  }),
];

const runSteps: readonly StepDefinition[] = [
  defineStep('the Pact file for the test is generated', (world) => runConsumerTest(world)),
  defineStep('the message is successfully processed', (world) => runConsumerTest(world)),
  defineStep('the message is NOT successfully processed with a {string} exception', (world, [error = '']) =>
    runConsumerTest(world, error),
  ),
  defineStep('the consumer test will have passed', (world) => {
    const { failure, file } = consumerTestState(world);
    if (file === undefined) throw new Error('The consumer test has not run');
    if (failure !== undefined) throw new Error(`The consumer test failed: ${String(failure)}`);
  }),
  defineStep('the consumer test will have failed', (world) => {
    if (consumerTestState(world).failure === undefined) throw new Error('Expected the consumer test to fail');
  }),
  defineStep('the consumer test error will be {string}', (world, [error = '']) => {
    const { failure } = consumerTestState(world);
    const message = failure instanceof Error ? failure.message : String(failure);
    if (failure === undefined || message !== error) {
      throw new Error(
        `Expected the test to fail with "${error}" but it ${failure === undefined ? 'passed' : `failed with "${message}"`}`,
      );
    }
  }),
  defineStep('a Pact file for the message interaction will have been written', (world) => {
    writtenPact(world);
  }),
  defineStep('a Pact file for the message interaction will NOT have been written', (world) => {
    const { pact, file } = consumerTestState(world);
    if (file === undefined) throw new Error('The consumer test has not run');
    if (pact !== undefined) throw new Error(`Expected no pact file, but found ${file}`);
  }),
];

export const consumerTestSteps: readonly StepDefinition[] = [...defineSteps, ...runSteps];
