/**
 * Running a consumer test with seam's DSL from the drafts the steps configured, and what it left:
 * the messages the handler received, the error it failed with, and the pact file it wrote.
 */
import { existsSync } from 'node:fs';
import type { ReceivedMessage, SyncMessageExchange } from '../../../src/contract/dsl/index.ts';
import { createPact } from '../../../src/contract/dsl/index.ts';
import type { Pact } from '../../../src/contract/index.ts';
import { loadPactFile, readPactFileJson } from '../../../src/contract/index.ts';
import {
  type InteractionDraft,
  type MessagePartDraft,
  messageTemplate,
  newPart,
  type SyncMessageDraft,
  withMarkup,
} from './consumer-drafts.ts';
import { sendRequest } from './http-wire.ts';
import { defineScenarioState } from './scenario-state.ts';
import { createRequest, scenarioDir, type World } from './world.ts';

export interface ConsumerTestState {
  http: InteractionDraft | undefined;
  message: (InteractionDraft & { part: MessagePartDraft }) | undefined;
  sync: SyncMessageDraft | undefined;
  received: ReceivedMessage | undefined;
  exchange: SyncMessageExchange | undefined;
  /** What the test failed with, when it was made to fail. */
  failure: unknown;
  file: string | undefined;
  json: unknown;
  pact: Pact | undefined;
}

export const consumerTestState = defineScenarioState<ConsumerTestState>(() => ({
  http: undefined,
  message: undefined,
  sync: undefined,
  received: undefined,
  exchange: undefined,
  failure: undefined,
  file: undefined,
  json: undefined,
  pact: undefined,
}));

// The pacticipant names the reference's builders use, per feature.
function names(world: World): { consumer: string; provider: string } {
  if (world.spec === 'V4') return { consumer: 'C', provider: 'P' };
  if (consumerTestState(world).message !== undefined) {
    return { consumer: 'V3-message-consumer', provider: 'V3-message-provider' };
  }
  return { consumer: 'V3 consumer', provider: 'V3 provider' };
}

/**
 * Runs the configured interactions as consumer tests, each merged into the one pact file. With
 * `error`, the message handler throws it (the test fails and writes nothing).
 */
export async function runConsumerTest(world: World, error?: string): Promise<void> {
  const state = consumerTestState(world);
  const pact = createPact({
    ...names(world),
    dir: await scenarioDir(world),
    spec: world.spec === 'V4' ? 'V4' : 'V3',
  });
  state.file = pact.file;
  if (state.http !== undefined) {
    await withMarkup(pact.addInteraction(), state.http)
      .uponReceiving('interaction for a consumer test')
      .withRequest({ method: 'GET', path: '/' })
      .willRespondWith({ status: 200 })
      .executeTest(async (mockServer) => {
        await sendRequest(mockServer.url, createRequest());
      });
  }
  if (state.message !== undefined) {
    const template = messageTemplate(state.message.part);
    const test = withMarkup(pact.addAsynchronousMessage(), state.message)
      .expectsToReceive('a message')
      .withMetadata(template.metadata ?? {})
      .withContent(template.contents, template.contentType)
      .executeTest((message) => {
        state.received = message;
        if (error !== undefined) throw new Error(error);
      });
    if (error === undefined) await test;
    else await test.catch((failure: unknown) => (state.failure = failure));
  }
  if (state.sync !== undefined) {
    const [first = newPart(), ...others] = state.sync.responses;
    let ready = withMarkup(pact.addSynchronousMessage('synchronous message interaction'), state.sync)
      .withRequest(messageTemplate(state.sync.request))
      .withResponse(messageTemplate(first));
    for (const response of others) ready = ready.withResponse(messageTemplate(response));
    await ready.executeTest((exchange) => {
      state.exchange = exchange;
    });
  }
  await readPactFile(state);
}

async function readPactFile(state: ConsumerTestState): Promise<void> {
  if (state.file === undefined || !existsSync(state.file)) return;
  state.json = await readPactFileJson(state.file);
  state.pact = await loadPactFile(state.file);
}

/** The pact the test wrote, or an error saying none was written. */
export function writtenPact(world: World): Pact {
  const { pact, file } = consumerTestState(world);
  if (pact === undefined) throw new Error(`No pact file was written (${file ?? 'the test has not run'})`);
  return pact;
}

/** The JSON of interaction `index` of the written pact file. */
export function interactionJson(world: World, index: number): Record<string, unknown> {
  writtenPact(world);
  const { json } = consumerTestState(world);
  const interactions = (json as { interactions?: unknown[]; messages?: unknown[] }).interactions ?? [];
  const messages = (json as { messages?: unknown[] }).messages ?? [];
  const found = [...interactions, ...messages][index];
  if (typeof found !== 'object' || found === null)
    throw new Error(`The pact file has no interaction ${index + 1}`);
  return found as Record<string, unknown>;
}
