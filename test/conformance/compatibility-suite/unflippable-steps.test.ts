/**
 * The assertion steps the wrong-expectation test cannot turn into a wrong version of themselves (no
 * opposite step exists): each is run against a world where what it checks did not happen.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stepDefinitions } from './corpus.ts';
import { mockSession } from './mock-session.ts';
import { runScenario } from './step-registry.ts';
import { verificationState } from './verification-state.ts';
import { createWorld, type World } from './world.ts';

function run(world: World, text: string): Promise<void> {
  return runScenario(
    stepDefinitions,
    { feature: world.spec, name: text, tags: [], steps: [{ text }] },
    world,
  );
}

describe('assertion steps with no opposite step', () => {
  it('"called before the verification is run" fails when the callback got no setup call', async () => {
    const world = createWorld('V1/http_provider');
    verificationState(world).stateCallback = {
      url: 'http://127.0.0.1:1/',
      calls: [{ state: 'state one', params: {}, action: 'teardown' }],
      close: async () => {},
    };
    await assert.rejects(
      run(world, 'the provider state callback will be called before the verification is run'),
    );
  });

  it('"the mock server status will be mismatches" fails when no request was mismatched', async () => {
    const world = createWorld('V1/http_consumer');
    mockSession(world).finalResults = {
      ok: false,
      matched: 0,
      issues: [{ code: 'missing', interaction: 'Interaction 0', request: { method: 'GET', path: '/basic' } }],
    };
    await assert.rejects(run(world, 'the mock server status will be mismatches'), /no mismatched requests/);
  });
});
