/** English month, day, era and quarter names, in the forms Java prints for counts 3 (short), 4 (full) and 5 (narrow). */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Monday first, so index + 1 is the ISO day of week. */
export const DAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export const ERA_NAMES = {
  short: ['BC', 'AD'],
  full: ['Before Christ', 'Anno Domini'],
  narrow: ['B', 'A'],
} as const;

export const QUARTER_ORDINALS = ['1st', '2nd', '3rd', '4th'] as const;

/** The text form of a name for a pattern letter count: 3 or less short, 4 full, 5 narrow. */
export function nameForm(name: string, count: number): string {
  if (count === 4) return name;
  return count === 5 ? name.slice(0, 1) : name.slice(0, 3);
}
