/** Everything the formatter may print about an instant in a zone, computed once per format call. */
import { dayOfYear, isoDayOfWeek, isoWeek, weekOfMonth } from './calendar.ts';
import { systemTimeZone, toWallClock, type WallClock } from './wall-clock.ts';

/** The wall clock of an instant plus the derived calendar fields and the zone. */
export interface InstantFields extends WallClock {
  readonly date: Date;
  readonly timeZone: string;
  readonly dayOfWeek: number;
  readonly dayOfYear: number;
  readonly weekYear: number;
  readonly week: number;
  readonly weekOfMonth: number;
}

/** Describes `date` in `timeZone` (the system zone when omitted). */
export function describeInstant(date: Date, timeZone?: string): InstantFields {
  const clock = toWallClock(date, timeZone);
  const { year, month, day } = clock;
  const { weekYear, week } = isoWeek(year, month, day);
  return {
    ...clock,
    date,
    timeZone: timeZone ?? systemTimeZone(),
    dayOfWeek: isoDayOfWeek(year, month, day),
    dayOfYear: dayOfYear(year, month, day),
    weekYear,
    week,
    weekOfMonth: weekOfMonth(year, month, day),
  };
}
