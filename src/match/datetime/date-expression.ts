/**
 * The date part of Pact date/time expressions (pact_models `date_expression_parser.rs`):
 *
 *   expression := base (op duration)* | (op duration)+ | ('next' | 'last') offset (op duration)*
 *   base       := now | today | yesterday | tomorrow
 *   duration   := INT (day | days | week | weeks | month | months | year | years)
 *   offset     := day | week | month | year | fortnight | monday … sunday | january … december
 *
 * Weekday and month names also take their short forms (`mon`, `tues`, `jan`).
 */
import { addDays, daysInMonth, isoDayOfWeek } from './calendar.ts';
import { expressionError, next, peek, type TokenCursor, tokenize } from './expression-lexer.ts';
import type { WallFields } from './wall-clock.ts';

/** One change to a date. */
export type DateStep =
  | { readonly kind: 'days' | 'months' | 'years'; readonly amount: number }
  | { readonly kind: 'weekday' | 'month-of-year'; readonly target: number; readonly direction: 1 | -1 };

type Unit = 'days' | 'months' | 'years';

const DURATION_UNITS = new Map<string, readonly [Unit, number]>([
  ['day', ['days', 1]],
  ['days', ['days', 1]],
  ['week', ['days', 7]],
  ['weeks', ['days', 7]],
  ['month', ['months', 1]],
  ['months', ['months', 1]],
  ['year', ['years', 1]],
  ['years', ['years', 1]],
]);

const OFFSET_UNITS = new Map<string, readonly [Unit, number]>([
  ['day', ['days', 1]],
  ['week', ['days', 7]],
  ['fortnight', ['days', 14]],
  ['month', ['months', 1]],
  ['year', ['years', 1]],
]);

const WEEKDAYS = new Map<string, number>(
  [
    ['mon', 'monday'],
    ['tue', 'tues', 'tuesday'],
    ['wed', 'wednesday'],
    ['thu', 'thur', 'thurs', 'thursday'],
    ['fri', 'friday'],
    ['sat', 'saturday'],
    ['sun', 'sunday'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

const MONTHS = new Map<string, number>(
  'january february march april may june july august september october november december'
    .split(' ')
    .flatMap((name, index) => [name, name.slice(0, 3)].map((form) => [form, index + 1] as const))
    .concat([['sept', 9]]),
);

const BASES = new Map<string, readonly DateStep[]>([
  ['now', []],
  ['today', []],
  ['yesterday', [{ kind: 'days', amount: -1 }]],
  ['tomorrow', [{ kind: 'days', amount: 1 }]],
]);

function isSign(text: string | undefined): boolean {
  return text === '+' || text === '-';
}

function duration(cursor: TokenCursor): DateStep {
  const sign = next(cursor);
  if (!isSign(sign?.text)) throw expressionError('date', cursor.expression, '+ or -', sign);
  const count = next(cursor);
  if (count === undefined || !/^\d+$/.test(count.text)) {
    throw expressionError('date', cursor.expression, 'a number', count);
  }
  const unitToken = next(cursor);
  const unit = unitToken && DURATION_UNITS.get(unitToken.text);
  if (unit === undefined) {
    throw expressionError('date', cursor.expression, 'day(s), week(s), month(s) or year(s)', unitToken);
  }
  const amount = Number(count.text) * unit[1] * (sign?.text === '-' ? -1 : 1);
  return { kind: unit[0], amount };
}

function offset(cursor: TokenCursor, direction: 1 | -1): DateStep {
  const token = next(cursor);
  const text = token?.text ?? '';
  const unit = OFFSET_UNITS.get(text);
  if (unit !== undefined) return { kind: unit[0], amount: unit[1] * direction };
  const weekday = WEEKDAYS.get(text);
  if (weekday !== undefined) return { kind: 'weekday', target: weekday, direction };
  const month = MONTHS.get(text);
  if (month !== undefined) return { kind: 'month-of-year', target: month, direction };
  throw expressionError(
    'date',
    cursor.expression,
    'day, week, fortnight, month, year, a weekday or a month',
    token,
  );
}

function start(cursor: TokenCursor): DateStep[] {
  const first = peek(cursor);
  if (first === undefined || isSign(first.text)) return [];
  next(cursor);
  const base = BASES.get(first.text);
  if (base !== undefined) return [...base];
  if (first.text === 'next' || first.text === 'last') return [offset(cursor, first.text === 'next' ? 1 : -1)];
  throw expressionError(
    'date',
    cursor.expression,
    'one of now, today, yesterday, tomorrow, +, -, next or last',
    first,
  );
}

/**
 * Parses the date part of an expression into steps; an empty expression gives none.
 *
 * @example
 * parseDateExpression('next june + 2 weeks');
 * // [{ kind: 'month-of-year', target: 6, direction: 1 }, { kind: 'days', amount: 14 }]
 */
export function parseDateExpression(expression: string): readonly DateStep[] {
  const cursor = tokenize('date', expression);
  const steps = start(cursor);
  while (peek(cursor) !== undefined) steps.push(duration(cursor));
  return steps;
}

function addMonths(fields: WallFields, months: number): WallFields {
  const index = fields.year * 12 + (fields.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  // Past the end of the shorter month, the last day of that month (java.time's plusMonths).
  return { ...fields, year, month, day: Math.min(fields.day, daysInMonth(year, month)) };
}

function toWeekday(fields: WallFields, target: number, direction: 1 | -1): WallFields {
  const today = isoDayOfWeek(fields.year, fields.month, fields.day);
  const distance = ((direction * (target - today) + 7) % 7 || 7) * direction;
  return { ...fields, ...addDays(fields.year, fields.month, fields.day, distance) };
}

function toMonthOfYear(fields: WallFields, target: number, direction: 1 | -1): WallFields {
  const months = ((direction * (target - fields.month) + 12) % 12 || 12) * direction;
  return { ...addMonths(fields, months), day: 1 };
}

function applyStep(fields: WallFields, step: DateStep): WallFields {
  switch (step.kind) {
    case 'days':
      return { ...fields, ...addDays(fields.year, fields.month, fields.day, step.amount) };
    case 'months':
      return addMonths(fields, step.amount);
    case 'years':
      return addMonths(fields, step.amount * 12);
    case 'weekday':
      return toWeekday(fields, step.target, step.direction);
    case 'month-of-year':
      return toMonthOfYear(fields, step.target, step.direction);
  }
}

/** Applies date steps to wall-clock fields; the time of day is kept. */
export function applyDateSteps(fields: WallFields, steps: readonly DateStep[]): WallFields {
  return steps.reduce(applyStep, fields);
}
