// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Pact provider-state expressions are written ${name}.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import type { GeneratorContext, GeneratorIssue } from './context.ts';
import { generateValue } from './generate-value.ts';

function provider(providerState: Record<string, unknown>, issues: GeneratorIssue[] = []): GeneratorContext {
  return { mode: 'provider', providerState, onIssue: (issue) => issues.push(issue) };
}

describe('ProviderState generator', () => {
  it('keeps the type of a value the expression names whole', () => {
    assert.equal(
      generateValue({ type: 'ProviderState', expression: '${id}' }, provider({ id: 1000 }), 'a'),
      1000,
    );
    assert.deepEqual(
      generateValue({ type: 'ProviderState', expression: '${tags}' }, provider({ tags: ['x'] })),
      ['x'],
    );
  });

  it('writes values into the text around placeholders', () => {
    const context = provider({ id: 7, kind: 'big' });
    assert.equal(
      generateValue({ type: 'ProviderState', expression: '/orders/${id}/${kind}' }, context),
      '/orders/7/big',
    );
  });

  it('reads an expression without placeholders as a key, as the Rust core', () => {
    assert.equal(generateValue({ type: 'ProviderState', expression: 'id' }, provider({ id: 3 })), 3);
  });

  it('converts to the dataType asked for', () => {
    const cases: ReadonlyArray<readonly [string, unknown, unknown]> = [
      ['STRING', 100, '100'],
      ['INTEGER', '42', 42],
      ['INTEGER', 4.7, 4],
      ['DECIMAL', '4.5', 4.5],
      ['FLOAT', true, 1],
      ['BOOLEAN', 'true', true],
      ['BOOLEAN', 0, false],
      ['RAW', '100', '100'],
      ['integer', '7', 7],
    ];
    for (const [dataType, value, expected] of cases) {
      const generator = { type: 'ProviderState', expression: '${v}', dataType } as const;
      assert.deepEqual(
        generateValue(generator, provider({ v: value })),
        expected,
        `${dataType} of ${JSON.stringify(value)}`,
      );
    }
  });

  it('leaves the value and reports when a key is missing or a conversion impossible', () => {
    const issues: GeneratorIssue[] = [];
    const context = provider({ id: 'abc' }, issues);
    assert.equal(
      generateValue({ type: 'ProviderState', expression: '/x/${other}' }, context, 'kept'),
      'kept',
    );
    assert.equal(
      generateValue({ type: 'ProviderState', expression: '${id}', dataType: 'INTEGER' }, context, 1),
      1,
    );
    assert.match(issues[0]?.message ?? '', /no value for 'other' in the provider state \(keys: id\)/);
    assert.match(issues[1]?.message ?? '', /"abc" cannot be converted to INTEGER/);
  });

  it('throws an invalid-generator error for an unclosed placeholder or an unknown dataType', () => {
    const context = provider({ id: 1 });
    const invalid = (text: RegExp) => (error: unknown) =>
      isSeamError(error, 'invalid-generator') && text.test(error.message);
    assert.throws(
      () => generateValue({ type: 'ProviderState', expression: '${id' }, context),
      invalid(/no closing '}'/),
    );
    assert.throws(
      () => generateValue({ type: 'ProviderState', expression: '${id}', dataType: 'NUMBER' }, context),
      invalid(/'dataType' must be one of STRING, INTEGER/),
    );
  });

  it('does nothing for the consumer', () => {
    assert.equal(
      generateValue({ type: 'ProviderState', expression: '${id}' }, { mode: 'consumer' }, 'a'),
      'a',
    );
  });
});
