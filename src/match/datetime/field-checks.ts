/**
 * Cross-field checks after each field matched on its own: the day exists in that month (and year),
 * the day of year in that year, the named weekday is the date's, AM/PM agrees with a 24-hour hour,
 * the quarter holds the month. java.time's resolver rejects these conflicts too.
 */
import { daysInMonth, isLeapYear, isoDayOfWeek } from './calendar.ts';
import type { FieldName } from './field-rule.ts';

/** The values read from a matched text, by field. */
export type FieldValues = Partial<Record<FieldName, number>>;

/** The proleptic year the values give, when they give one (`yy` reads as 20yy, like java.time). */
function resolveYear(values: FieldValues): number | undefined {
  if (values.year !== undefined) return values.year;
  if (values.yearOfEra !== undefined) return values.era === 0 ? 1 - values.yearOfEra : values.yearOfEra;
  return values.year2 === undefined ? undefined : 2000 + values.year2;
}

function dayFits(values: FieldValues, year: number | undefined): boolean {
  const { month, dayOfMonth } = values;
  if (month === undefined || dayOfMonth === undefined) return true;
  // Without a year, February 29th is possible.
  return dayOfMonth <= daysInMonth(year ?? 2000, month);
}

function dayOfYearFits(values: FieldValues, year: number | undefined): boolean {
  if (values.dayOfYear === undefined || year === undefined) return true;
  return values.dayOfYear <= (isLeapYear(year) ? 366 : 365);
}

function weekdayFits(values: FieldValues, year: number | undefined): boolean {
  const { month, dayOfMonth, dayOfWeek } = values;
  if (year === undefined || month === undefined || dayOfMonth === undefined || dayOfWeek === undefined)
    return true;
  return isoDayOfWeek(year, month, dayOfMonth) === dayOfWeek;
}

function amPmFits(values: FieldValues): boolean {
  const { ampm, hour24 } = values;
  return ampm === undefined || hour24 === undefined || (hour24 >= 12 ? 1 : 0) === ampm;
}

function quarterFits(values: FieldValues): boolean {
  const { quarter, month } = values;
  return quarter === undefined || month === undefined || Math.ceil(month / 3) === quarter;
}

/** True when the fields of a matched value describe one possible date-time. */
export function fieldsAreConsistent(values: FieldValues): boolean {
  const year = resolveYear(values);
  return (
    dayFits(values, year) &&
    dayOfYearFits(values, year) &&
    weekdayFits(values, year) &&
    amPmFits(values) &&
    quarterFits(values)
  );
}
