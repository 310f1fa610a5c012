/**
 * The mock-server session of a V1/V2 consumer scenario: the running server, the interactions it
 * serves, the last response, its results when the test is done, and the pact file written.
 */
import path from 'node:path';
import type { HttpInteraction, Pact } from '../../../src/contract/index.ts';
import {
  type MockServerIssue,
  type MockServerResult,
  startMockServer,
} from '../../../src/contract/mock-server/index.ts';
import { mergePactFile } from '../../../src/contract/pact-file/merge-pact-file.ts';
import type { HttpResponse } from '../../../src/match/model.ts';
import { defineScenarioState } from './scenario-state.ts';
import { scenarioDir, type World } from './world.ts';

export interface RunningMock {
  readonly url: string;
  results(): MockServerResult;
  close(): Promise<void>;
}

export interface MockSession {
  mock: RunningMock | undefined;
  interactions: HttpInteraction[];
  response: HttpResponse | undefined;
  /** The results when the test was done, else undefined. */
  finalResults: MockServerResult | undefined;
  pactFile: string | undefined;
  pact: Pact | undefined;
}

export const mockSession = defineScenarioState<MockSession>(() => ({
  mock: undefined,
  interactions: [],
  response: undefined,
  finalResults: undefined,
  pactFile: undefined,
  pact: undefined,
}));

export async function startMock(world: World, interactions: HttpInteraction[]): Promise<void> {
  // The reference upgrades the interactions to V4 before its mock server serves them, so the V1/V2
  // features expect today's matching (query parameters one by one, not as one string).
  const mock = await startMockServer({ interactions, spec: 'V4' });
  world.cleanups.push(() => mock.close());
  const state = mockSession(world);
  state.mock = mock;
  state.interactions = interactions;
}

export function running(world: World): RunningMock {
  const { mock } = mockSession(world);
  if (mock === undefined) throw new Error('The mock server was not started');
  return mock;
}

export function results(world: World): MockServerResult {
  return mockSession(world).finalResults ?? running(world).results();
}

export function describeIssues(issues: readonly MockServerIssue[]): string {
  return issues.length === 0 ? 'none' : JSON.stringify(issues);
}

/** "raw headers": `'X-Test: 1', 'X-Test: 2'` as header lines of their own. */
/**
 * Ends the test as the DSL does: the results are final, the server closes, and when every
 * interaction was met the pact is merged into the scenario's pact file. seam writes V3 and V4
 * files only, so the V1/V2 features get a V3 file.
 */
export async function finishPactTest(world: World): Promise<void> {
  const state = mockSession(world);
  const mock = running(world);
  state.finalResults = mock.results();
  await mock.close();
  const file = path.join(await scenarioDir(world), 'v1-compatibility-suite-c-p.json');
  state.pactFile = file;
  if (!state.finalResults.ok) return;
  const pact: Pact = {
    specVersion: 'V3',
    consumer: { name: 'v1-compatibility-suite-c' },
    provider: { name: 'p' },
    interactions: state.interactions,
    metadata: {},
  };
  await mergePactFile(file, pact, { spec: 'V3' });
}
