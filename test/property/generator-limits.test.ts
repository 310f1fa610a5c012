// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Pact provider-state expressions are written ${name}.
/**
 * Generators against hostile sizes: whatever the repeat counts and sizes a pact asks for, a
 * generator either produces at most `maxGeneratedLength` characters or refuses with
 * `generator-limit`, and `validatePact` refuses exactly the generators that refuse at run time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validatePact } from '../../src/contract/index.ts';
import { isSeamError } from '../../src/core/errors.ts';
import { createSeededRandom, generateValue, maxGeneratedLength } from '../../src/match/generators/index.ts';
import { getInteraction, httpPact } from '../support/sample-pacts.ts';

const runs = Number(process.env.SEAM_PROPERTY_RUNS ?? 100);

/** A count from small to absurd, weighted towards the limit. */
const count = fc.oneof(
  fc.nat(50),
  fc.integer({ min: 1000, max: 1100 }),
  fc.integer({ min: maxGeneratedLength - 2, max: maxGeneratedLength + 2 }),
  fc.constantFrom(1e8, 1e12, 2 ** 52),
);

/** A regex of nested repeats: `(a{n}){m}`, `[0-9]{n,m}`, `x*`… */
const regex = fc.oneof(
  fc.tuple(count, count).map(([n, m]) => `(a{${n}}){${m}}`),
  fc.tuple(count, count).map(([n, m]) => `[0-9]{${Math.min(n, m)},${Math.max(n, m)}}`),
  count.map((n) => `x{${n},}b*`),
);

const generator = fc.oneof(
  regex.map((source) => ({ type: 'Regex' as const, regex: source })),
  count.map((size) => ({ type: 'RandomString' as const, size })),
  count.map((digits) => ({ type: 'RandomHexadecimal' as const, digits: Math.max(1, digits) })),
);

function outcome(value: { type: 'Regex' | 'RandomString' | 'RandomHexadecimal' } & Record<string, unknown>) {
  try {
    const produced = generateValue(value, { mode: 'consumer', random: createSeededRandom(1) });
    return { length: String(produced).length };
  } catch (error) {
    if (isSeamError(error, 'generator-limit')) return { refused: true };
    throw error;
  }
}

/** Any parameters, including the hostile ones (huge date steps, bad patterns, placeholders). */
const anyParameter = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('+ 1 day', 'next monday @ 3 pm', '+ 99999999999999 days', 'tomorrow @ + 99999999999 hours'),
  fc.constantFrom('yyyy-MM-dd', 'EEEE', "'x", '${a}', '${a', '(a', 'a{99999999}', '1e400', '-5'),
);
const anyGenerator = fc
  .tuple(
    fc.constantFrom('RandomInt', 'RandomDecimal', 'RandomHexadecimal', 'RandomString', 'Regex', 'Uuid'),
    fc.constantFrom('Date', 'Time', 'DateTime', 'RandomBoolean', 'ProviderState', 'MockServerURL'),
    fc.boolean(),
    fc.dictionary(
      fc.constantFrom('min', 'max', 'digits', 'size', 'regex', 'format', 'expression', 'dataType', 'example'),
      anyParameter,
    ),
  )
  .map(([first, second, pick, parameters]) => ({ ...parameters, type: pick ? first : second }));

describe('generators over hostile sizes', () => {
  it('never make validatePact throw, whatever their parameters', () => {
    fc.assert(
      fc.property(anyGenerator, (value) => {
        const pact = httpPact(
          [
            {
              description: 'd',
              request: { method: 'GET', path: '/', generators: { path: value } },
              response: { status: 200 },
            },
          ],
          { consumer: 'c', provider: 'p' },
        );
        validatePact(pact);
      }),
      { seed: 23, numRuns: runs * 20 },
    );
  });

  it('produce at most the limit or refuse, and validation agrees with the run', () => {
    fc.assert(
      fc.property(generator, (value) => {
        const result = outcome(value);
        if ('length' in result) assert.ok(result.length <= maxGeneratedLength);
        const response = { status: 200, body: { a: 'x' }, generators: { body: { '$.a': value } } };
        const pact = httpPact([getInteraction('d', '/', response)], { consumer: 'c', provider: 'p' });
        assert.equal(validatePact(pact).ok, !('refused' in result), JSON.stringify(value));
      }),
      { seed: 17, numRuns: runs },
    );
  });
});
