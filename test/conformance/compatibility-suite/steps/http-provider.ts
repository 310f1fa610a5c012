/**
 * HTTP provider steps (V1–V4 http_provider): start a provider serving interactions' responses, and
 * write the pact files the verifier checks against it.
 */
import type { HttpInteraction, ProviderState } from '../../../../src/contract/index.ts';
import type { HttpResponse } from '../../../../src/match/model.ts';
import { changeResponse, interactionAt, interactionsAt } from '../http-interactions.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import { firstRecord, tableRecords } from '../tables.ts';
import { startTestProvider } from '../test-provider.ts';
import { addPactFile, commentsFrom, verificationState } from '../verification-state.ts';
import type { Mutable, World } from '../world.ts';

async function startProvider(world: World, interactions: readonly HttpInteraction[]): Promise<void> {
  // As the reference's provider (its mock server, serving the interactions upgraded to V4).
  const provider = await startTestProvider(interactions, 'V4');
  world.cleanups.push(() => provider.close());
  verificationState(world).provider = provider;
}

function pactFor(world: World, number: number, changes: Partial<HttpInteraction>): Promise<void> {
  const interaction = { ...interactionAt(world.interactions, number), ...changes };
  return addPactFile(world, `c_${number}`, interaction);
}

/** "State Name" and optional "Parameters" (a JSON object) columns. */
function statesFrom(rows: readonly Record<string, string>[]): ProviderState[] {
  return rows.map((row) => {
    const name = row['State Name'] ?? '';
    const parameters = row.Parameters;
    return parameters === undefined
      ? { name }
      : { name, params: JSON.parse(parameters) as Record<string, unknown> };
  });
}

const providerSteps: readonly StepDefinition[] = [
  defineStep('a provider is started that returns the response from interaction {int}', (world, [n = '']) =>
    startProvider(world, [interactionAt(world.interactions, Number(n))]),
  ),
  defineStep(
    'a provider is started that returns the responses from interactions {string}',
    (world, [list = '']) => startProvider(world, interactionsAt(world.interactions, list)),
  ),
  defineStep(
    'a provider is started that returns the response from interaction {int}, with the following changes:',
    (world, [n = ''], step) => {
      const interaction = interactionAt(world.interactions, Number(n));
      const response: Mutable<HttpResponse> = { ...interaction.response };
      changeResponse(response, firstRecord(step));
      return startProvider(world, [{ ...interaction, response }]);
    },
  ),
];

const pactFileSteps: readonly StepDefinition[] = [
  defineStep('a Pact file for interaction {int} is to be verified', (world, [n = '']) =>
    pactFor(world, Number(n), {}),
  ),
  defineStep(
    'a Pact file for interaction {int} is to be verified with a provider state {string} defined',
    (world, [n = '', state = '']) => pactFor(world, Number(n), { providerStates: [{ name: state }] }),
  ),
  defineStep(
    'a Pact file for interaction {int} is to be verified with the following provider states defined:',
    (world, [n = ''], step) => pactFor(world, Number(n), { providerStates: statesFrom(tableRecords(step)) }),
  ),
  defineStep(
    'a Pact file for interaction {int} is to be verified, but is marked pending',
    (world, [n = '']) => pactFor(world, Number(n), { pending: true }),
  ),
  defineStep(
    'a Pact file for interaction {int} is to be verified with the following comments:',
    (world, [n = ''], step) => pactFor(world, Number(n), { comments: commentsFrom(tableRecords(step)) }),
  ),
];

export const httpProviderSteps: readonly StepDefinition[] = [...providerSteps, ...pactFileSteps];
