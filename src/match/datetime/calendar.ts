/**
 * Proleptic Gregorian calendar arithmetic on plain numbers (month 1–12, ISO day of week 1 = Monday).
 * `Date.UTC` maps years 0–99 to 1900–1999, so dates are built with `setUTCFullYear` instead.
 */

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of midnight UTC on the given day; out-of-range parts roll over. */
export function epochDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** True for leap years (divisible by 4, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day of the year, 1 for January 1st. */
export function dayOfYear(year: number, month: number, day: number): number {
  return (epochDay(year, month, day) - epochDay(year, 1, 1)) / DAY_MS + 1;
}

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export function isoDayOfWeek(year: number, month: number, day: number): number {
  const sundayZero = new Date(epochDay(year, month, day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** ISO-8601 week-based year and week of that year (weeks start on Monday; week 1 holds a Thursday). */
export function isoWeek(year: number, month: number, day: number): { weekYear: number; week: number } {
  const thursday = new Date(epochDay(year, month, day) + (4 - isoDayOfWeek(year, month, day)) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - epochDay(weekYear, 1, 1)) / (7 * DAY_MS)) + 1;
  return { weekYear, week };
}

/** Week of the month with weeks starting on Monday, the week holding the 1st being week 1 (1–6). */
export function weekOfMonth(year: number, month: number, day: number): number {
  const firstDow = isoDayOfWeek(year, month, 1);
  return Math.floor((day + firstDow - 2) / 7) + 1;
}

/** Adds whole days to a calendar date, returning the new year, month and day. */
export function addDays(year: number, month: number, day: number, days: number) {
  const date = new Date(epochDay(year, month, day) + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
