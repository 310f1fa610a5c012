import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeStates, type StateChangeContext, statesToChange } from './state-changes.ts';
import type { StateHandler } from './verify-options.ts';

function context(stateHandlers: Record<string, StateHandler>): StateChangeContext {
  return { consumer: 'web', options: { stateHandlers }, timeoutMs: 1000 };
}

describe('changeStates', () => {
  it('passes params and context to handlers and merges params with returned values', async () => {
    const calls: unknown[] = [];
    const handlers = {
      'order exists': (params: unknown, ctx: unknown) => {
        calls.push([params, ctx]);
        return { id: 42 };
      },
    };
    const states = [{ name: 'order exists', params: { id: 1, sku: 'A' } }];
    const outcome = await changeStates(states, 'setup', context(handlers));
    assert.deepEqual(outcome.values, { id: 42, sku: 'A' });
    assert.deepEqual(calls, [
      [
        { id: 1, sku: 'A' },
        { consumer: 'web', state: 'order exists', action: 'setup' },
      ],
    ]);
  });

  it('calls a plain function for setup only, and { setup, teardown } for both', async () => {
    const seen: string[] = [];
    const handlers: Record<string, StateHandler> = {
      plain: () => void seen.push('plain'),
      both: { setup: () => void seen.push('setup'), teardown: () => void seen.push('teardown') },
    };
    const states = [{ name: 'plain' }, { name: 'both' }];
    await changeStates(states, 'setup', context(handlers));
    await changeStates(states, 'teardown', context(handlers));
    assert.deepEqual(seen, ['plain', 'setup', 'teardown']);
  });

  it('turns a throwing handler into a state-setup issue naming the state and stops there', async () => {
    let secondCalled = false;
    const handlers: Record<string, StateHandler> = {
      broken: async () => {
        throw new Error('database is down');
      },
      next: () => {
        secondCalled = true;
      },
    };
    const outcome = await changeStates([{ name: 'broken' }, { name: 'next' }], 'setup', context(handlers));
    assert.equal(outcome.issues[0]?.code, 'state-setup');
    assert.match(
      outcome.issues[0]?.message ?? '',
      /State change request failed for provider state "broken".*database is down/,
    );
    assert.equal(secondCalled, false);
  });

  it('fails a handler that never settles once the timeout passes', async () => {
    const handlers = { stuck: () => new Promise(() => {}) };
    const outcome = await changeStates([{ name: 'stuck' }], 'setup', { ...context(handlers), timeoutMs: 20 });
    assert.match(outcome.issues[0]?.message ?? '', /did not finish within 20 ms/);
  });

  it('warns about a state with no handler and no setup URL', async () => {
    const outcome = await changeStates([{ name: 'unknown' }], 'setup', context({}));
    assert.equal(outcome.issues.length, 0);
    assert.match(outcome.warnings[0] ?? '', /No state handler .* "unknown"/);
  });

  it('changes state "" for an interaction without states only when a setup URL is set', () => {
    assert.deepEqual(statesToChange([], {}), []);
    assert.deepEqual(statesToChange([], { providerStatesSetupUrl: 'http://h/s' }), [{ name: '' }]);
  });
});
