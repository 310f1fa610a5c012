import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSeamError, JsonFloat, stringifyJson } from '../../core/index.ts';
import type { GeneratorContext } from './context.ts';
import { generateValue } from './generate-value.ts';
import { createSeededRandom } from './seeded-random.ts';

const seeded = (seed = 1): GeneratorContext => ({ mode: 'consumer', random: createSeededRandom(seed) });

describe('RandomInt', () => {
  it('always gives an integer within [min, max]', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.nat(1000), fc.integer(), (min, span, seed) => {
        const value = generateValue({ type: 'RandomInt', min, max: min + span }, seeded(seed), 0);
        assert.ok(Number.isInteger(value) && (value as number) >= min && (value as number) <= min + span);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('gives a string in place of a string and defaults to [0, 10]', () => {
    const value = generateValue({ type: 'RandomInt' }, seeded(), 'a');
    assert.match(String(value), /^(?:\d|10)$/);
    assert.equal(typeof value, 'string');
  });

  it('accepts numbers written as strings, as the Rust core does', () => {
    assert.equal(generateValue({ type: 'RandomInt', min: '5', max: '5' }, seeded(), 0), 5);
  });

  it('throws an invalid-generator error naming the parameter when min is greater than max or not a number', () => {
    const invalid = (error: unknown, text: RegExp) =>
      isSeamError(error, 'invalid-generator') && text.test(error.message);
    assert.throws(
      () => generateValue({ type: 'RandomInt', min: 5, max: 1 }, seeded()),
      (e) => invalid(e, /RandomInt generator: 'min'/),
    );
    assert.throws(
      () => generateValue({ type: 'RandomInt', max: 'ten' }, seeded()),
      (e) => invalid(e, /'max' must be an integer/),
    );
  });

  it('gives the same values for the same seed', () => {
    const roll = (seed: number) =>
      Array.from({ length: 5 }, (_, i) =>
        generateValue({ type: 'RandomInt', min: 1, max: 6 }, seeded(seed + i)),
      );
    assert.deepEqual(roll(3), roll(3));
  });
});

describe('RandomDecimal', () => {
  it('writes the number of digits asked for, with a point inside and no leading zero before more digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.integer(), (digits, seed) => {
        const value = String(generateValue({ type: 'RandomDecimal', digits }, seeded(seed), ''));
        assert.match(value, /^\d+\.\d+$/);
        assert.equal(value.replace('.', '').length, digits);
        assert.ok(!/^0\d/.test(value), value);
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it('gives a number in place of a number and ten digits by default', () => {
    const value = generateValue({ type: 'RandomDecimal' }, seeded(), 1.5);
    assert.equal(typeof value, 'number');
    assert.equal(String(generateValue({ type: 'RandomDecimal' }, seeded(), 'x')).length, 11);
  });

  it('gives a single digit for one digit', () => {
    assert.match(String(generateValue({ type: 'RandomDecimal', digits: 1 }, seeded(), '')), /^\d$/);
  });
});

describe('RandomHexadecimal, RandomString and RandomBoolean', () => {
  it('gives upper-case hexadecimal digits', () => {
    assert.match(
      String(generateValue({ type: 'RandomHexadecimal', digits: 40 }, seeded())),
      /^[0-9A-F]{40}$/,
    );
    assert.match(String(generateValue({ type: 'RandomHexadecimal' }, seeded())), /^[0-9A-F]{10}$/);
  });

  it('gives letters and digits of the size asked for', () => {
    assert.match(String(generateValue({ type: 'RandomString', size: 25 }, seeded())), /^[A-Za-z0-9]{25}$/);
    assert.equal(generateValue({ type: 'RandomString', size: 0 }, seeded()), '');
  });

  it('gives true and false', () => {
    const values = new Set(
      Array.from({ length: 20 }, (_, i) => generateValue({ type: 'RandomBoolean' }, seeded(i))),
    );
    assert.deepEqual([...values].sort(), [false, true]);
  });
});

describe('RandomDecimal in a JSON body', () => {
  it('stays a decimal when written back, even for a whole value', () => {
    const value = generateValue({ type: 'RandomDecimal', digits: 1 }, seeded(), new JsonFloat(1));
    assert.match(stringifyJson({ n: value as number }), /^\{"n":\d\.0\}$/);
  });
});
