import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import type { Generator } from '../model.ts';
import { appliesInMode } from './context.ts';
import { generateValue } from './generate-value.ts';

describe('generateValue', () => {
  it('runs ProviderState only for the provider and MockServerURL only for the consumer, as the Rust core', () => {
    assert.equal(appliesInMode({ type: 'ProviderState' }, 'provider'), true);
    assert.equal(appliesInMode({ type: 'ProviderState' }, 'consumer'), false);
    assert.equal(appliesInMode({ type: 'MockServerURL' }, 'consumer'), true);
    assert.equal(appliesInMode({ type: 'MockServerURL' }, 'provider'), false);
    assert.equal(appliesInMode({ type: 'RandomInt' }, 'provider'), true);
    assert.equal(appliesInMode({ type: 'RandomInt' }, 'consumer'), true);
  });

  it('throws an invalid-generator error naming the known types for an unknown one', () => {
    assert.throws(
      () => generateValue({ type: 'CreditCard' } as unknown as Generator, { mode: 'consumer' }),
      (error: unknown) =>
        isSeamError(error, 'invalid-generator') && /Unknown generator type 'CreditCard'/.test(error.message),
    );
  });

  it('uses the injected clock', () => {
    const clock = () => new Date('2030-06-15T00:00:00Z');
    assert.equal(generateValue({ type: 'Date' }, { mode: 'consumer', clock, timeZone: 'UTC' }), '2030-06-15');
  });
});
