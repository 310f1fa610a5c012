/**
 * Conversion between instants and wall-clock fields in a time zone. `undefined` means the system
 * zone (the Rust core works in `Local`); any other value is an IANA zone name resolved with Intl.
 */
import { SeamError } from '../../core/index.ts';
import { epochDay } from './calendar.ts';

const DAY_MS = 86_400_000;

/** Calendar and clock fields of an instant in a zone, with the zone's offset from UTC in seconds. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly offsetSeconds: number;
}

/** The clock fields of a {@link WallClock}, without the offset (which follows from the zone). */
export type WallFields = Omit<WallClock, 'offsetSeconds'>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = createFormatter(timeZone);
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function createFormatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch (cause) {
    throw new SeamError('usage', `Unknown time zone '${timeZone}': use an IANA name such as 'Europe/Paris'`, {
      cause,
    });
  }
}

/** True when Intl knows the zone name (an IANA id such as `Europe/Paris`, or `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The IANA name of the system zone. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The wall-clock fields of `date` in `timeZone` (the system zone when omitted). */
export function toWallClock(date: Date, timeZone?: string): WallClock {
  if (timeZone === undefined) return localWallClock(date);
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  const fields = {
    year: parts.era === 'BC' ? 1 - yearOfEra : yearOfEra,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: date.getUTCMilliseconds(),
  };
  const offsetSeconds = Math.round((fieldsToUtcMs(fields) - date.getTime()) / 1000);
  return { ...fields, offsetSeconds };
}

function localWallClock(date: Date): WallClock {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
    millisecond: date.getMilliseconds(),
    offsetSeconds: -date.getTimezoneOffset() * 60,
  };
}

/** Milliseconds since the epoch of the fields read as UTC; out-of-range fields roll over. */
export function fieldsToUtcMs(fields: WallFields): number {
  const { hour, minute, second, millisecond } = fields;
  return (
    epochDay(fields.year, fields.month, fields.day) +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millisecond
  );
}

/**
 * The instant the wall-clock fields denote in `timeZone`, resolved as java.time does: in an overlap
 * (clocks going back) the earlier instant; in a gap (clocks going forward) the time moves forward by
 * the length of the gap.
 */
export function fromWallClock(fields: WallFields, timeZone?: string): Date {
  const naive = fieldsToUtcMs(fields);
  const offsetAt = (ms: number) => toWallClock(new Date(ms), timeZone).offsetSeconds * 1000;
  const offsetBefore = offsetAt(naive - DAY_MS);
  const candidates = [offsetBefore, offsetAt(naive + DAY_MS), offsetAt(naive)]
    .map((offset) => naive - offset)
    .filter((ms) => naive - offsetAt(ms) === ms)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? naive - offsetBefore);
}
