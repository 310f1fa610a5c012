import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpInteraction } from '../model/pact.ts';
import { isIndependent, mapConcurrent, scheduleBatches } from './replay-schedule.ts';

function http(description: string, method = 'GET', states: string[] = []): HttpInteraction {
  return {
    kind: 'http',
    description,
    providerStates: states.map((name) => ({ name })),
    request: { method, path: '/', body: { state: 'missing' } },
    response: { status: 200, body: { state: 'missing' } },
  };
}

describe('replay schedule', () => {
  it('treats stateless GETs as independent, and state, unsafe methods and a setup URL as not', () => {
    assert.equal(isIndependent(http('a'), {}), true);
    assert.equal(isIndependent(http('a', 'POST'), {}), false);
    assert.equal(isIndependent(http('a', 'GET', ['s']), {}), false);
    assert.equal(isIndependent(http('a'), { providerStatesSetupUrl: 'http://h/state' }), false);
  });

  it('batches runs of independent interactions and isolates the rest, in order', () => {
    const [a, b, c, d, e] = [http('a'), http('b'), http('c', 'POST'), http('d'), http('e', 'GET', ['s'])];
    const batches = scheduleBatches([a, b, c, d, e], {});
    assert.deepEqual(
      batches.map((batch) => batch.map((i) => i.description)),
      [['a', 'b'], ['c'], ['d'], ['e']],
    );
  });

  it('maps with a bounded number in flight and keeps the order', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapConcurrent([1, 2, 3, 4, 5], 2, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return n * 10;
    });
    assert.deepEqual(results, [10, 20, 30, 40, 50]);
    assert.equal(most, 2);
  });
});
