/**
 * The pact file a V1/V2 consumer test wrote once the mock server was satisfied: written or not,
 * and what its interactions hold.
 */
import { existsSync } from 'node:fs';
import type { HttpInteraction } from '../../../../src/contract/index.ts';
import { loadPactFile } from '../../../../src/contract/index.ts';
import { assertDocument, headerText, partContentType } from '../documents.ts';
import { mockSession } from '../mock-session.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import { parseQuery } from '../tables.ts';
import type { World } from '../world.ts';

function pactInteraction(world: World, ordinal: string): HttpInteraction {
  const { pact } = mockSession(world);
  if (pact === undefined) throw new Error('No pact file was read');
  const index = ['first', 'second', 'third'].indexOf(ordinal);
  const interaction = pact.interactions[index];
  if (interaction?.kind !== 'http') throw new Error(`The pact has no ${ordinal} HTTP interaction`);
  return interaction;
}

export const mockServerPactFileSteps: readonly StepDefinition[] = [
  defineStep('the mock server will write out a Pact file for the interaction(s) when done', async (world) => {
    const state = mockSession(world);
    if (state.pactFile === undefined || !existsSync(state.pactFile))
      throw new Error('No pact file was written');
    state.pact = await loadPactFile(state.pactFile);
  }),
  defineStep('the mock server will NOT write out a Pact file for the interaction(s) when done', (world) => {
    const { pactFile } = mockSession(world);
    if (pactFile === undefined) throw new Error('The pact test is not done');
    if (existsSync(pactFile)) throw new Error(`Expected no pact file, but found ${pactFile}`);
  }),
  defineStep('the pact file will contain {{int}} interaction(s)', (world, [n = '']) => {
    const count = mockSession(world).pact?.interactions.length;
    if (count !== Number(n))
      throw new Error(`Expected ${n} interaction(s) in the pact file, but it has ${count}`);
  }),
  defineStep(
    /^the \{(first|second|third)\} interaction request will be for a "(.*)"$/,
    (world, [nth = '', method = '']) => {
      const actual = pactInteraction(world, nth).request.method;
      if (actual !== method)
        throw new Error(`Expected the ${nth} request to be a ${method} but was a ${actual}`);
    },
  ),
  defineStep(
    /^the \{(first|second|third)\} interaction response will contain the "(.*)" document$/,
    (world, [nth = '', fixture = '']) => assertDocument(pactInteraction(world, nth).response.body, fixture),
  ),
  defineStep(
    /^the \{(first|second|third)\} interaction request will contain the "(.*)" document$/,
    (world, [nth = '', fixture = '']) => assertDocument(pactInteraction(world, nth).request.body, fixture),
  ),
  defineStep(
    /^the \{(first|second|third)\} interaction request query parameters will be "(.*)"$/,
    (world, [nth = '', query = '']) => {
      const actual = JSON.stringify(pactInteraction(world, nth).request.query ?? {});
      const expected = JSON.stringify(parseQuery(query));
      if (actual !== expected) throw new Error(`Expected the query ${expected} but was ${actual}`);
    },
  ),
  defineStep(
    /^the \{(first|second|third)\} interaction request will contain the header "(.*)" with value "(.*)"$/,
    (world, [nth = '', name = '', value = '']) => {
      const actual = headerText(pactInteraction(world, nth).request.headers, name);
      if (actual !== value) throw new Error(`Expected header ${name} to be "${value}" but was "${actual}"`);
    },
  ),
  defineStep(
    /^the \{(first|second|third)\} interaction request content type will be "(.*)"$/,
    (world, [nth = '', type = '']) => {
      const actual = partContentType(pactInteraction(world, nth).request);
      if (actual !== type) throw new Error(`Expected request content type "${type}" but was "${actual}"`);
    },
  ),
];
