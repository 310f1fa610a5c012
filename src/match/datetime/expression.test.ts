import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { evaluateDateExpression, evaluateDateTimeExpression, evaluateTimeExpression } from './expression.ts';

const base = new Date('2000-01-01T10:00:00Z');
const utc = { timeZone: 'UTC' };

function iso(date: Date): string {
  return date.toISOString();
}

describe('evaluateDateTimeExpression', () => {
  it('evaluates the date expressions of the Rust core the same way', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['', '2000-01-01T10:00'],
      ['now', '2000-01-01T10:00'],
      ['today', '2000-01-01T10:00'],
      ['yesterday', '1999-12-31T10:00'],
      ['tomorrow', '2000-01-02T10:00'],
      ['+ 1 day', '2000-01-02T10:00'],
      ['+ 1 week', '2000-01-08T10:00'],
      ['- 2 weeks', '1999-12-18T10:00'],
      ['+ 4 years', '2004-01-01T10:00'],
      ['tomorrow+ 4 years', '2004-01-02T10:00'],
      ['next week', '2000-01-08T10:00'],
      ['last month', '1999-12-01T10:00'],
      ['next fortnight', '2000-01-15T10:00'],
      ['next monday', '2000-01-03T10:00'],
      ['last wednesday', '1999-12-29T10:00'],
      ['next mon', '2000-01-03T10:00'],
      ['last december', '1999-12-01T10:00'],
      ['next jan', '2001-01-01T10:00'],
      ['next june + 2 weeks', '2000-06-15T10:00'],
      ['last mon + 2 weeks', '2000-01-10T10:00'],
      ['+ 1 day - 2 weeks', '1999-12-19T10:00'],
      ['last december + 2 weeks + 4 days', '1999-12-19T10:00'],
    ];
    for (const [expression, expected] of cases) {
      assert.equal(iso(evaluateDateTimeExpression(expression, base, utc)), `${expected}:00.000Z`, expression);
    }
  });

  it('evaluates the time and date-time expressions of the Rust core the same way', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['@ now', '2000-01-01T10:00:00.000'],
      ['@ midnight', '2000-01-01T00:00:00.000'],
      ['@ noon', '2000-01-01T12:00:00.000'],
      ["@ 2 o'clock", '2000-01-01T14:00:00.000'],
      ["@ 1 o'clock pm", '2000-01-01T13:00:00.000'],
      ['@ + 1 hour', '2000-01-01T11:00:00.000'],
      ['@ - 2 minutes', '2000-01-01T09:58:00.000'],
      ['@ + 4 milliseconds', '2000-01-01T10:00:00.004'],
      ['@ midnight+ 4 minutes', '2000-01-01T00:04:00.000'],
      ['@ next hour', '2000-01-01T11:00:00.000'],
      ['@ last minute', '2000-01-01T09:59:00.000'],
      ['@  + 2 hours - 4 minutes', '2000-01-01T11:56:00.000'],
      ["today @ 1 o'clock", '2000-01-01T13:00:00.000'],
      ['yesterday @ midnight - 1 hour', '1999-12-30T23:00:00.000'],
      ['+ 1 day @ noon', '2000-01-02T12:00:00.000'],
      ['- 2 weeks @ now + 1 hour', '1999-12-18T11:00:00.000'],
      ["tomorrow+ 4 years @ 3 o'clock + 40 milliseconds", '2004-01-02T15:00:00.040'],
      ['last month @ last hour', '1999-12-01T09:00:00.000'],
    ];
    for (const [expression, expected] of cases) {
      assert.equal(iso(evaluateDateTimeExpression(expression, base, utc)), `${expected}Z`, expression);
    }
  });

  it('reads 12 am as midnight and accepts an hour with am/pm but no "o\'clock"', () => {
    assert.equal(iso(evaluateDateTimeExpression("@ 12 o'clock am", base, utc)), '2000-01-01T00:00:00.000Z');
    assert.equal(iso(evaluateDateTimeExpression('@ 12 pm', base, utc)), '2000-01-01T12:00:00.000Z');
    assert.equal(iso(evaluateDateTimeExpression('@ 2 pm', base, utc)), '2000-01-01T14:00:00.000Z');
  });

  it('reads the calendar and clock of the given zone', () => {
    const melbourne = { timeZone: 'Australia/Melbourne' };
    assert.equal(
      iso(evaluateDateTimeExpression('today @ midnight', base, melbourne)),
      '1999-12-31T13:00:00.000Z',
    );
    assert.equal(
      iso(evaluateDateTimeExpression('tomorrow @ noon', base, melbourne)),
      '2000-01-02T01:00:00.000Z',
    );
  });

  it('keeps the wall-clock time across a daylight-saving change when adding days', () => {
    const beforeChange = new Date('2024-03-30T12:00:00Z');
    const next = evaluateDateExpression('+ 1 day', beforeChange, { timeZone: 'Europe/Paris' });
    assert.equal(iso(next), '2024-03-31T11:00:00.000Z');
  });

  it('ends on the last day of a shorter month, as java.time does', () => {
    const endOfJanuary = new Date('2024-01-31T08:00:00Z');
    assert.equal(iso(evaluateDateExpression('+ 1 month', endOfJanuary, utc)), '2024-02-29T08:00:00.000Z');
    const leapDay = new Date('2024-02-29T08:00:00Z');
    assert.equal(iso(evaluateDateExpression('+ 1 year', leapDay, utc)), '2025-02-28T08:00:00.000Z');
  });

  it('accepts upper-case words', () => {
    assert.equal(iso(evaluateDateTimeExpression('Tomorrow @ NOON', base, utc)), '2000-01-02T12:00:00.000Z');
  });

  it('does not change the base date it is given', () => {
    const start = new Date(base.getTime());
    evaluateDateTimeExpression('+ 3 days @ noon', start, utc);
    assert.equal(start.getTime(), base.getTime());
  });

  it('throws an invalid-generator SeamError saying what was expected where', () => {
    const cases: ReadonlyArray<readonly [() => Date, RegExp]> = [
      [
        () => evaluateDateTimeExpression('not valid', base),
        /expected one of now, today.*position 1 \(found 'not'\)/,
      ],
      [
        () => evaluateDateTimeExpression('now today', base),
        /expected \+ or - at position 5 \(found 'today'\)/,
      ],
      [
        () => evaluateDateTimeExpression('+ 1 fortnight', base),
        /expected day\(s\), week\(s\), month\(s\) or year\(s\)/,
      ],
      [() => evaluateDateTimeExpression('now +', base), /expected a number at the end/],
      [() => evaluateTimeExpression("44 o'clock", base), /expected an hour from 1 to 12/],
      [() => evaluateTimeExpression('midnight 2 week', base), /expected \+ or -/],
      [() => evaluateDateTimeExpression('today # 2', base), /found '#'/],
    ];
    for (const [evaluate, message] of cases) {
      assert.throws(
        evaluate,
        (error: unknown) => isSeamError(error, 'invalid-generator') && message.test(error.message),
      );
    }
  });
});
