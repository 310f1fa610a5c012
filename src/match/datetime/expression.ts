/**
 * Evaluation of Pact date/time expressions (the `expression` of the Date, Time and DateTime
 * generators) against a base instant, as pact_models `datetime_expressions.rs` does. Date steps work
 * on the wall clock of the zone; hour shifts are exact durations.
 */
import { applyDateSteps, parseDateExpression } from './date-expression.ts';
import { hourOfDay, parseTimeExpression, type TimeStep } from './time-expression.ts';
import { fromWallClock, toWallClock } from './wall-clock.ts';

/**
 * Options of the expression evaluators.
 *
 * @example
 * evaluateDateTimeExpression('today @ midnight', new Date(), { timeZone: 'Europe/Paris' });
 */
export interface DateTimeExpressionOptions {
  /** IANA zone whose calendar and clock the expression reads (`today`, `midnight`); default the system zone. */
  readonly timeZone?: string;
}

/**
 * Evaluates the date part of an expression (`today`, `+ 1 day`, `next monday`, `last month + 2 weeks`).
 * An empty expression returns the base. Throws a `SeamError('invalid-generator')` saying what was
 * expected where, for an expression outside the grammar.
 *
 * @example
 * evaluateDateExpression('next fortnight', new Date('2000-01-01T10:00:00Z'), { timeZone: 'UTC' });
 * // 2000-01-15T10:00:00.000Z
 */
export function evaluateDateExpression(
  expression: string,
  base: Date,
  options: DateTimeExpressionOptions = {},
): Date {
  const steps = parseDateExpression(expression);
  if (steps.length === 0) return new Date(base.getTime());
  return fromWallClock(applyDateSteps(toWallClock(base, options.timeZone), steps), options.timeZone);
}

function applyTimeStep(date: Date, step: TimeStep, timeZone: string | undefined): Date {
  if (step.kind === 'shift') return new Date(date.getTime() + step.milliseconds);
  const clock = toWallClock(date, timeZone);
  const hour = hourOfDay(step, clock.hour);
  return fromWallClock({ ...clock, hour, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/**
 * Evaluates the time part of an expression (`now + 1 hour`, `midnight`, `3 o'clock pm`, `last minute`).
 * An empty expression returns the base. Throws a `SeamError('invalid-generator')` for an invalid one.
 *
 * @example
 * evaluateTimeExpression('noon - 2 minutes', new Date('2000-01-01T10:00:00Z'), { timeZone: 'UTC' });
 * // 2000-01-01T11:58:00.000Z
 */
export function evaluateTimeExpression(
  expression: string,
  base: Date,
  options: DateTimeExpressionOptions = {},
): Date {
  return parseTimeExpression(expression).reduce(
    (date, step) => applyTimeStep(date, step, options.timeZone),
    new Date(base.getTime()),
  );
}

/**
 * Evaluates a date-time expression: a date part, optionally `@` and a time part
 * (`tomorrow @ noon`, `+ 1 day @ 10 o'clock am`, `@ next hour`, `today`). An empty expression returns
 * the base. Throws a `SeamError('invalid-generator')` naming the part, the position and what was
 * expected, for an expression outside the grammar.
 *
 * @example
 * const base = new Date('2000-01-01T10:00:00Z');
 * evaluateDateTimeExpression('yesterday @ midnight - 1 hour', base, { timeZone: 'UTC' });
 * // 1999-12-30T23:00:00.000Z
 */
export function evaluateDateTimeExpression(
  expression: string,
  base: Date,
  options: DateTimeExpressionOptions = {},
): Date {
  const at = expression.indexOf('@');
  if (at < 0) return evaluateDateExpression(expression, base, options);
  const date = evaluateDateExpression(expression.slice(0, at).trim(), base, options);
  return evaluateTimeExpression(expression.slice(at + 1).trim(), date, options);
}
