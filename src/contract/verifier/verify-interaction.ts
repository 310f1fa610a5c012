/** One interaction, start to end: state setup, replay, state teardown, result. */
import { performance } from 'node:perf_hooks';
import { isSeamError } from '../../core/index.ts';
import type { Interaction } from '../model/pact.ts';
import { type ReplayContext, type ReplayOutcome, stepIssue } from './replay-context.ts';
import { replayHttp } from './replay-http.ts';
import { replayMessage, replaySyncMessage } from './replay-message.ts';
import { changeStates, type StateChangeContext } from './state-changes.ts';
import type { InteractionResult } from './verification-report.ts';

/**
 * Verifies one interaction. A failed state setup fails the interaction without replaying it or
 * tearing down (as the Pact verifier); every other failure is an issue too, never a throw: a
 * generator that would produce more than `maxGeneratedLength` characters fails it unsent.
 *
 * @example
 * const result = await verifyInteraction(pact.interactions[0], context);
 */
export async function verifyInteraction(
  interaction: Interaction,
  context: ReplayContext,
): Promise<InteractionResult> {
  const started = performance.now();
  const outcome = await replayWithStates(interaction, context);
  const pending = context.source.pending || (interaction.kind !== 'other' && interaction.pending === true);
  return {
    consumer: context.source.pact.consumer.name,
    provider: context.source.pact.provider.name,
    description: interaction.description,
    ...(interaction.kind === 'other' || interaction.id === undefined
      ? {}
      : { interactionId: interaction.id }),
    kind: interaction.kind,
    providerStates: interaction.kind === 'other' ? [] : interaction.providerStates.map((state) => state.name),
    source: context.source.source,
    ...commentsOf(interaction),
    pending,
    ok: outcome.issues.length === 0,
    issues: outcome.issues,
    warnings: outcome.warnings,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

async function replayWithStates(interaction: Interaction, context: ReplayContext): Promise<ReplayOutcome> {
  if (interaction.kind === 'other') {
    return {
      issues: [stepIssue('unsupported', `Interactions of type ${interaction.type} cannot be verified yet.`)],
      warnings: [],
    };
  }
  const states: StateChangeContext = {
    consumer: context.source.pact.consumer.name,
    options: context.options,
    timeoutMs: context.limits.timeoutMs,
  };
  const setup = await changeStates(interaction.providerStates, 'setup', states);
  if (setup.issues.length > 0) return setup;
  const replayed = await replay(interaction, setup.values, context).catch(generatorLimitOutcome);
  const teardown = await changeStates(interaction.providerStates, 'teardown', states);
  return {
    issues: [...replayed.issues, ...teardown.issues],
    warnings: [...setup.warnings, ...replayed.warnings, ...teardown.warnings],
  };
}

function replay(
  interaction: Exclude<Interaction, { kind: 'other' }>,
  values: Readonly<Record<string, unknown>>,
  context: ReplayContext,
): Promise<ReplayOutcome> {
  if (interaction.kind === 'http') return replayHttp(interaction, values, context);
  if (interaction.kind === 'message') return replayMessage(interaction, values, context);
  return replaySyncMessage(interaction, values, context);
}

/** A generator over the size limit fails the interaction before anything is sent. */
function generatorLimitOutcome(error: unknown): ReplayOutcome {
  if (!isSeamError(error, 'generator-limit')) throw error;
  return { issues: [stepIssue('request', `Nothing was sent: ${error.message}`)], warnings: [] };
}

/** The V4 `comments` an interaction carries (`testname`, `text[]`), when it has any. */
function commentsOf(interaction: Interaction): Pick<InteractionResult, 'comments'> {
  const comments = interaction.kind === 'other' ? undefined : interaction.comments;
  if (comments === undefined) return {};
  const text = Array.isArray(comments.text) ? comments.text.map(String) : [];
  const testName = typeof comments.testname === 'string' ? comments.testname : undefined;
  if (text.length === 0 && testName === undefined) return {};
  return { comments: testName === undefined ? { text } : { testName, text } };
}
