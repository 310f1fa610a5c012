/**
 * Replaying messages: the message provider named by the description produces the message (or,
 * for a synchronous message, the responses to the request message), compared with `matchMessage`.
 */
import { errorMessage, SeamError } from '../../core/index.ts';
import { generateMessage, matchMessage } from '../../match/index.ts';
import type { MessageInteraction, SyncMessageInteraction } from '../model/pact.ts';
import { fetchProxiedMessage } from './message-proxy.ts';
import { fromMessage, toMessage } from './produced-message.ts';
import { fromMismatch, type ReplayContext, type ReplayOutcome, stepIssue } from './replay-context.ts';
import type { MessageProviderContext, ProducedMessage } from './verify-options.ts';
import { attempt, withDeadline } from './with-timeout.ts';

type Produced = readonly ProducedMessage[];

/**
 * Verifies an asynchronous message (V3 message or V4 `Asynchronous/Messages`).
 *
 * @example
 * const outcome = await replayMessage(interaction, { sku: 'SKU-2' }, context);
 */
export async function replayMessage(
  interaction: MessageInteraction,
  values: Readonly<Record<string, unknown>>,
  context: ReplayContext,
): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { issues: [], warnings: [] };
  const produced = await produce(interaction, values, undefined, context, outcome);
  const [first] = produced ?? [];
  if (first === undefined) return noMessage(outcome, produced);
  const expected = interaction.message;
  const result = matchMessage(expected, toMessage(first, expected), {
    spec: context.source.pact.specVersion,
  });
  outcome.issues.push(...result.issues.map((mismatch) => fromMismatch(mismatch)));
  return outcome;
}

/**
 * Verifies a V4 synchronous message: the provider gets the request message and returns the
 * response(s), each compared with the expected response at the same position.
 *
 * @example
 * const outcome = await replaySyncMessage(interaction, {}, context);
 */
export async function replaySyncMessage(
  interaction: SyncMessageInteraction,
  values: Readonly<Record<string, unknown>>,
  context: ReplayContext,
): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { issues: [], warnings: [] };
  const request = generateMessage(interaction.request, { mode: 'provider', providerState: values });
  const produced = await produce(interaction, values, fromMessage(request), context, outcome);
  if (produced === undefined) return outcome;
  const spec = context.source.pact.specVersion;
  interaction.response.forEach((expected, index) => {
    const actual = produced[index];
    const prefix = interaction.response.length > 1 ? `response ${index + 1}: ` : '';
    if (actual === undefined)
      outcome.issues.push(stepIssue('message-provider', `${prefix}no response message was produced`));
    else
      outcome.issues.push(
        ...matchMessage(expected, toMessage(actual, expected), { spec }).issues.map((m) =>
          fromMismatch(m, prefix),
        ),
      );
  });
  return outcome;
}

async function produce(
  interaction: MessageInteraction | SyncMessageInteraction,
  values: Readonly<Record<string, unknown>>,
  request: ProducedMessage | undefined,
  context: ReplayContext,
  outcome: ReplayOutcome,
): Promise<Produced | undefined> {
  try {
    const work = attempt(() => callProvider(interaction, values, request, context));
    const produced = await withDeadline(work, context.limits.timeoutMs, 'the message provider');
    return Array.isArray(produced) ? produced : [produced as ProducedMessage];
  } catch (error) {
    outcome.issues.push(
      stepIssue(
        'message-provider',
        `Message provider for "${interaction.description}" failed: ${errorMessage(error)}`,
      ),
    );
    return undefined;
  }
}

async function callProvider(
  interaction: MessageInteraction | SyncMessageInteraction,
  values: Readonly<Record<string, unknown>>,
  request: ProducedMessage | undefined,
  context: ReplayContext,
): Promise<ProducedMessage | Produced> {
  const provider = context.options.messageProviders?.[interaction.description];
  const providerContext: MessageProviderContext = {
    description: interaction.description,
    providerStates: interaction.providerStates,
    states: values,
    ...(request === undefined ? {} : { request }),
  };
  if (provider !== undefined) return provider(providerContext);
  const baseUrl = context.options.providerBaseUrl;
  if (interaction.kind === 'message' && baseUrl !== undefined)
    return fetchProxiedMessage(baseUrl, interaction, context.limits, context.options.customHeaders);
  throw new SeamError(
    'usage',
    `no message provider is named "${interaction.description}"; add one to messageProviders`,
  );
}

function noMessage(outcome: ReplayOutcome, produced: Produced | undefined): ReplayOutcome {
  if (produced !== undefined)
    outcome.issues.push(stepIssue('message-provider', 'the message provider produced no message'));
  return outcome;
}
