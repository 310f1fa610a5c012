/**
 * Date, Time and DateTime {format, expression}: the clock's time moved by the expression (`+ 1 day`,
 * `@ noon`) and printed with the Java pattern. Without a format they print as the Rust core does:
 * `yyyy-MM-dd`, `HH:mm:ss`, `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. The Date generator reads a date
 * expression, Time a time expression, DateTime both (`date @ time`), again as in Rust.
 */
import { isSeamError } from '../../core/index.ts';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATETIME_GENERATOR_FORMAT,
  DEFAULT_TIME_FORMAT,
  evaluateDateExpression,
  evaluateDateTimeExpression,
  evaluateTimeExpression,
  formatJavaDate,
} from '../datetime/index.ts';
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { invalidParameter, stringParameter } from './parameters.ts';

type Evaluate = (expression: string, base: Date, options: { readonly timeZone?: string }) => Date;

const KINDS: Readonly<Record<string, { readonly format: string; readonly evaluate: Evaluate }>> = {
  Date: { format: DEFAULT_DATE_FORMAT, evaluate: evaluateDateExpression },
  Time: { format: DEFAULT_TIME_FORMAT, evaluate: evaluateTimeExpression },
  DateTime: { format: DEFAULT_DATETIME_GENERATOR_FORMAT, evaluate: evaluateDateTimeExpression },
};

function rethrowAs(generator: Generator, name: string, error: unknown): never {
  if (isSeamError(error, 'parse') || isSeamError(error, 'invalid-generator')) {
    throw invalidParameter(generator, name, `is invalid: ${error.message}`, error);
  }
  // Dates past ±273,790 years (`+ 99999999999999 days`) make the platform's date code throw this.
  if (error instanceof RangeError)
    throw invalidParameter(generator, name, `gives a date out of range (${error.message})`, error);
  throw error;
}

function instant(generator: Generator, context: GeneratorContext, evaluate: Evaluate): Date {
  const base = context.clock?.() ?? new Date();
  const expression = stringParameter(generator, 'expression') ?? '';
  const options = context.timeZone === undefined ? {} : { timeZone: context.timeZone };
  let date: Date;
  try {
    date = evaluate(expression, base, options);
  } catch (error) {
    return rethrowAs(generator, 'expression', error);
  }
  // `+ 99999999999999 days` parses but leaves the range of dates (±273,790 years).
  if (Number.isNaN(date.getTime()))
    throw invalidParameter(generator, 'expression', `'${expression}' gives a date out of range`);
  return date;
}

/** Produces a Date, Time or DateTime value. */
export function produceDateTime(generator: Generator, context: GeneratorContext): Produced {
  const kind = KINDS[generator.type]!;
  const date = instant(generator, context, kind.evaluate);
  const format = stringParameter(generator, 'format') ?? kind.format;
  try {
    return { value: formatJavaDate(date, format, context.timeZone) };
  } catch (error) {
    return rethrowAs(generator, 'format', error);
  }
}
