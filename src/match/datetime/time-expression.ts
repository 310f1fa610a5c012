/**
 * The time part of Pact date/time expressions (pact_models `time_expression_parser.rs`):
 *
 *   expression := base (op duration)* | (op duration)+ | ('next' | 'last') unit (op duration)*
 *   base       := now | midnight | noon | INT "o'clock" [am | pm]
 *   duration   := INT unit,  unit := hour(s) | minute(s) | second(s) | millisecond(s)
 *
 * seam also accepts `2 pm` without `o'clock`. `N o'clock` alone is the next such hour after noon
 * before noon, as in Rust; `12 o'clock am` is midnight (Rust gives noon) and `12 o'clock pm` noon.
 */
import { expressionError, next, peek, type TokenCursor, tokenize } from './expression-lexer.ts';

/** One change to a time: set the clock to an hour (minutes, seconds zeroed) or shift by milliseconds. */
export type TimeStep =
  | { readonly kind: 'hour'; readonly hour: number; readonly meridiem: 'am' | 'pm' | 'next' }
  | { readonly kind: 'shift'; readonly milliseconds: number };

const UNITS = new Map<string, number>(
  (
    [
      ['hour', 3_600_000],
      ['minute', 60_000],
      ['second', 1000],
      ['millisecond', 1],
    ] as const
  ).flatMap(([name, ms]) => [
    [name, ms],
    [`${name}s`, ms],
  ]),
);

const BASES = new Map<string, TimeStep>([
  ['midnight', { kind: 'hour', hour: 0, meridiem: 'am' }],
  ['noon', { kind: 'hour', hour: 12, meridiem: 'pm' }],
]);

function unitOf(cursor: TokenCursor): number {
  const token = next(cursor);
  const ms = token && UNITS.get(token.text);
  if (ms === undefined) {
    throw expressionError(
      'time',
      cursor.expression,
      'hour(s), minute(s), second(s) or millisecond(s)',
      token,
    );
  }
  return ms;
}

function duration(cursor: TokenCursor): TimeStep {
  const sign = next(cursor);
  if (sign?.text !== '+' && sign?.text !== '-')
    throw expressionError('time', cursor.expression, '+ or -', sign);
  const count = next(cursor);
  if (count === undefined || !/^\d+$/.test(count.text)) {
    throw expressionError('time', cursor.expression, 'a number', count);
  }
  const milliseconds = Number(count.text) * unitOf(cursor) * (sign.text === '-' ? -1 : 1);
  return { kind: 'shift', milliseconds };
}

function clockHour(cursor: TokenCursor, hourToken: { text: string; position: number }): TimeStep {
  const hour = Number(hourToken.text);
  if (hour < 1 || hour > 12)
    throw expressionError('time', cursor.expression, 'an hour from 1 to 12', hourToken);
  const oclock = peek(cursor)?.text === "o'clock";
  if (oclock) next(cursor);
  const meridiem = peek(cursor)?.text;
  if (meridiem === 'am' || meridiem === 'pm') {
    next(cursor);
    return { kind: 'hour', hour, meridiem };
  }
  if (!oclock) throw expressionError('time', cursor.expression, "o'clock, am or pm", peek(cursor));
  return { kind: 'hour', hour, meridiem: 'next' };
}

function start(cursor: TokenCursor): TimeStep[] {
  const first = peek(cursor);
  if (first === undefined || first.text === '+' || first.text === '-') return [];
  next(cursor);
  if (first.text === 'now') return [];
  const base = BASES.get(first.text);
  if (base !== undefined) return [base];
  if (/^\d+$/.test(first.text)) return [clockHour(cursor, first)];
  if (first.text === 'next' || first.text === 'last') {
    return [{ kind: 'shift', milliseconds: unitOf(cursor) * (first.text === 'next' ? 1 : -1) }];
  }
  throw expressionError(
    'time',
    cursor.expression,
    "one of now, midnight, noon, 1-12 o'clock, +, -, next or last",
    first,
  );
}

/**
 * Parses the time part of an expression into steps; an empty expression gives none.
 *
 * @example
 * parseTimeExpression("3 o'clock pm + 40 milliseconds");
 * // [{ kind: 'hour', hour: 3, meridiem: 'pm' }, { kind: 'shift', milliseconds: 40 }]
 */
export function parseTimeExpression(expression: string): readonly TimeStep[] {
  const cursor = tokenize('time', expression);
  const steps = start(cursor);
  while (peek(cursor) !== undefined) steps.push(duration(cursor));
  return steps;
}

/** The hour of day (0–23) a clock step sets, given the current hour. */
export function hourOfDay(step: Extract<TimeStep, { kind: 'hour' }>, currentHour: number): number {
  if (step.meridiem === 'am') return step.hour % 12;
  if (step.meridiem === 'pm') return (step.hour % 12) + 12;
  if (step.hour === 12) return 12;
  return currentHour < 12 ? step.hour + 12 : step.hour;
}
