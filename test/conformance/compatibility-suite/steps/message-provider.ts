/**
 * Message provider steps (V3/V4 message_provider): message providers named by description that
 * produce a fixture with metadata, and message pacts to verify against them.
 */
import type { MessageInteraction, ProviderState } from '../../../../src/contract/index.ts';
import { readMatchingRules } from '../../../../src/contract/index.ts';
import type { ProducedMessage } from '../../../../src/contract/verifier/index.ts';
import type { Message } from '../../../../src/match/model.ts';
import type { Step } from '../feature-files.ts';
import { loadBody, metadataValue, readJsonCell } from '../fixtures.ts';
import { bodyBytes } from '../http-wire.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import { tableRecords } from '../tables.ts';
import { addPactFile, commentsFrom, verificationState } from '../verification-state.ts';
import type { World } from '../world.ts';

/** A fixture cell as message contents, its content type in the metadata (as the reference's setup_body). */
export function messageFrom(cell: string): Message {
  const { body, contentType } = loadBody(cell);
  return { contents: body, metadata: { contentType } };
}

/** A `key`/`value` table as metadata. */
function metadataTable(step: Step): Record<string, unknown> {
  return Object.fromEntries(tableRecords(step).map((row) => [row.key ?? '', metadataValue(row.value ?? '')]));
}

/** `Origin=AXP-1000; TagData=JSON: {…}` as metadata. */
function metadataList(cell: string): Record<string, unknown> {
  return Object.fromEntries(
    cell.split(';').map((item) => {
      const [key = '', ...rest] = item.trim().split('=');
      return [key, metadataValue(rest.join('='))];
    }),
  );
}

function startMessageProvider(
  world: World,
  name: string,
  cell: string,
  metadata: Record<string, unknown> = {},
): void {
  const message = messageFrom(cell);
  const produced: ProducedMessage = {
    contents: bodyBytes(message.contents) ?? new Uint8Array(),
    metadata: { ...message.metadata, ...metadata },
  };
  verificationState(world).messageProviders[name] = () => produced;
}

function messagePact(
  world: World,
  name: string,
  message: Message,
  extra: { providerStates?: ProviderState[]; pending?: boolean; comments?: Record<string, unknown> } = {},
): Promise<void> {
  const interaction: MessageInteraction = {
    kind: 'message',
    description: name,
    providerStates: [],
    message,
    ...extra,
  };
  return addPactFile(world, world.spec === 'V4' ? `c_${name}` : 'c', interaction);
}

/** The two-column `with the following:` table: body, matching rules and metadata of the message. */
function configuredMessage(step: Step, spec: World['spec']): Message {
  let message: Message = { contents: { state: 'missing' } };
  for (const [key = '', value = ''] of step.table ?? []) {
    if (key === 'body') {
      const loaded = messageFrom(value);
      message = {
        ...message,
        contents: loaded.contents,
        metadata: { ...message.metadata, ...loaded.metadata },
      };
    }
    if (key === 'matching rules')
      message = { ...message, matchingRules: readMatchingRules(readJsonCell(value), spec, 'message') };
    if (key === 'metadata')
      message = { ...message, metadata: { ...message.metadata, ...metadataList(value) } };
  }
  return message;
}

const providerSteps: readonly StepDefinition[] = [
  defineStep(
    'a provider is started that can generate the {string} message with {string}',
    (world, [name = '', cell = '']) => startMessageProvider(world, name, cell),
  ),
  defineStep(
    'a provider is started that can generate the {string} message with {string} and the following metadata:',
    (world, [name = '', cell = ''], step) => startMessageProvider(world, name, cell, metadataTable(step)),
  ),
];

const pactFileSteps: readonly StepDefinition[] = [
  defineStep('a Pact file for {string}:{string} is to be verified', (world, [name = '', cell = '']) =>
    messagePact(world, name, messageFrom(cell)),
  ),
  defineStep(
    'a Pact file for {string}:{string} is to be verified with provider state {string}',
    (world, [name = '', cell = '', state = '']) =>
      messagePact(world, name, messageFrom(cell), { providerStates: [{ name: state }] }),
  ),
  defineStep(
    'a Pact file for {string}:{string} is to be verified with the following metadata:',
    (world, [name = '', cell = ''], step) => {
      const message = messageFrom(cell);
      return messagePact(world, name, {
        ...message,
        metadata: { ...message.metadata, ...metadataTable(step) },
      });
    },
  ),
  defineStep('a Pact file for {string} is to be verified with the following:', (world, [name = ''], step) =>
    messagePact(world, name, configuredMessage(step, world.spec)),
  ),
  defineStep(
    'a Pact file for {string}:{string} is to be verified, but is marked pending',
    (world, [name = '', cell = '']) => messagePact(world, name, messageFrom(cell), { pending: true }),
  ),
  defineStep(
    'a Pact file for {string}:{string} is to be verified with the following comments:',
    (world, [name = '', cell = ''], step) =>
      messagePact(world, name, messageFrom(cell), { comments: commentsFrom(tableRecords(step)) }),
  ),
];

export const messageProviderSteps: readonly StepDefinition[] = [...providerSteps, ...pactFileSteps];
