import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readGenerators } from './read-generators.ts';
import { writeGenerators } from './write-generators.ts';

/** A provider-state expression, written so that it is not mistaken for a template literal. */
const expression = ['/orders/$', '{id}'].join('');

describe('readGenerators', () => {
  it('reads categories, single-value categories under $, and keeps parameters', () => {
    const generators = readGenerators({
      body: { '$.id': { type: 'RandomInt', min: 1, max: 5 } },
      path: { type: 'ProviderState', expression: expression },
      header: { 'X-Id': { type: 'Uuid', format: 'simple' } },
    });
    assert.deepEqual(generators, {
      body: { '$.id': { type: 'RandomInt', min: 1, max: 5 } },
      path: { $: { type: 'ProviderState', expression: expression } },
      header: { 'X-Id': { type: 'Uuid', format: 'simple' } },
    });
    assert.deepEqual(readGenerators(writeGenerators(generators)), generators);
  });

  it('skips unknown categories and types as the Rust reference does', () => {
    assert.deepEqual(
      readGenerators({ nope: { a: { type: 'Uuid' } }, body: { a: { type: 'Nope' }, b: 1 } }),
      {},
    );
  });

  it('reads message body generators into content', () => {
    assert.deepEqual(readGenerators({ body: { $: { type: 'Uuid' } } }, 'message'), {
      content: { $: { type: 'Uuid' } },
    });
  });
});
