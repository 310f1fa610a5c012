import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { matchesJavaFormat } from '../datetime/index.ts';
import type { GeneratorContext } from './context.ts';
import { generateValue } from './generate-value.ts';

const clock = () => new Date('2000-01-01T10:00:00Z');
const context: GeneratorContext = { mode: 'consumer', clock, timeZone: 'Australia/Melbourne' };

describe('Date, Time and DateTime generators', () => {
  it('print the clock in the Rust core formats when no format is given', () => {
    assert.equal(generateValue({ type: 'Date' }, context), '2000-01-01');
    assert.equal(generateValue({ type: 'Time' }, context), '21:00:00');
    assert.equal(generateValue({ type: 'DateTime' }, context), '2000-01-01T21:00:00.000+1100');
  });

  it('print with the Java pattern given as format', () => {
    const value = generateValue({ type: 'DateTime', format: 'EEE, dd MMM yyyy HH:mm:ss z' }, context);
    assert.equal(value, 'Sat, 01 Jan 2000 21:00:00 AEDT');
    assert.ok(matchesJavaFormat(String(value), 'EEE, dd MMM yyyy HH:mm:ss z'));
  });

  it('move the clock by the expression, reading date, time or date-time expressions as in Rust', () => {
    assert.equal(generateValue({ type: 'Date', expression: 'next monday' }, context), '2000-01-03');
    assert.equal(generateValue({ type: 'Time', expression: 'midnight + 90 minutes' }, context), '01:30:00');
    assert.equal(
      generateValue(
        { type: 'DateTime', format: "yyyy-MM-dd'T'HH:mm", expression: 'tomorrow @ noon' },
        context,
      ),
      '2000-01-02T12:00',
    );
  });

  it('throw an invalid-generator error naming the bad format or expression', () => {
    const invalid = (name: string) => (error: unknown) =>
      isSeamError(error, 'invalid-generator') &&
      error.message.startsWith(`Date generator: '${name}' is invalid`);
    assert.throws(() => generateValue({ type: 'Date', format: 'yyyy-bb' }, context), invalid('format'));
    assert.throws(
      () => generateValue({ type: 'Date', expression: 'the day after' }, context),
      invalid('expression'),
    );
    assert.throws(
      () => generateValue({ type: 'Date', expression: '@ noon' }, context),
      invalid('expression'),
    );
  });

  it('throws an invalid-generator error, not a RangeError, for an expression past the range of dates', () => {
    for (const timeZone of ['UTC', undefined]) {
      assert.throws(
        () =>
          generateValue(
            { type: 'Date', expression: '+ 99999999999999 days' },
            { ...context, ...(timeZone === undefined ? {} : { timeZone }) },
          ),
        (error: unknown) =>
          isSeamError(error, 'invalid-generator') && /'expression' .*out of range/.test(error.message),
      );
    }
  });
});
