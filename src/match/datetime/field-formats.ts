/**
 * How each pattern letter prints, following java.time with English names. Week-based fields (`Y`,
 * `w`, `W`, `e`, `c`) use ISO weeks (Monday first), as the Rust core's chrono formats do.
 */
import type { InstantFields } from './instant-fields.ts';
import { DAY_NAMES, ERA_NAMES, MONTH_NAMES, nameForm, QUARTER_ORDINALS } from './names.ts';
import { formatGmtOffset, formatIsoOffset } from './offsets.ts';
import type { PatternLetter } from './pattern-tokens.ts';
import { intlZoneName, ZONE_ABBREVIATIONS, zoneLongNames } from './zone-names.ts';

type FieldFormat = (count: number, fields: InstantFields) => string;

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${digits}` : digits;
}

/** A year as `y`/`u`/`Y` print it: `yy` is the last two digits; 4+ letters add `+` past the width. */
function formatYear(value: number, count: number): string {
  if (count === 2) return pad(((value % 100) + 100) % 100, 2);
  const text = pad(value, count);
  return count >= 4 && value >= 0 && text.length > count ? `+${text}` : text;
}

function yearOfEra(fields: InstantFields): number {
  return fields.year <= 0 ? 1 - fields.year : fields.year;
}

function era(count: number, fields: InstantFields): string {
  const form = count === 4 ? ERA_NAMES.full : count === 5 ? ERA_NAMES.narrow : ERA_NAMES.short;
  return form[fields.year <= 0 ? 0 : 1];
}

function numberOrName(names: readonly string[], index: number, count: number): string {
  return count <= 2 ? pad(index, count) : nameForm(names[index - 1]!, count);
}

function quarter(count: number, fields: InstantFields): string {
  const value = Math.ceil(fields.month / 3);
  if (count === 3) return `Q${value}`;
  if (count === 4) return `${QUARTER_ORDINALS[value - 1]} quarter`;
  return pad(value, count === 2 ? 2 : 1);
}

function milliOfDay(fields: InstantFields): number {
  return ((fields.hour * 60 + fields.minute) * 60 + fields.second) * 1000 + fields.millisecond;
}

function fraction(count: number, fields: InstantFields): string {
  return pad(fields.millisecond, 3).padEnd(count, '0').slice(0, count);
}

/** `z`: an abbreviation the matcher knows (trying a few English locales), else `GMT+hh:mm`. */
function zoneName(count: number, fields: InstantFields): string {
  if (count === 4) {
    const name = intlZoneName(fields.date, fields.timeZone, 'en-US', 'long');
    return name !== undefined && zoneLongNames().has(name)
      ? name
      : formatGmtOffset(fields.offsetSeconds, true);
  }
  for (const locale of ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ', 'en-CA', 'en-ZA', 'en-IE']) {
    const name = intlZoneName(fields.date, fields.timeZone, locale, 'short');
    if (name !== undefined && ZONE_ABBREVIATIONS.has(name)) return name;
  }
  return formatGmtOffset(fields.offsetSeconds, true);
}

const FORMATS: Readonly<Record<PatternLetter, FieldFormat>> = {
  G: era,
  u: (count, f) => formatYear(f.year, count),
  y: (count, f) => formatYear(yearOfEra(f), count),
  Y: (count, f) => formatYear(f.weekYear, count),
  M: (count, f) => numberOrName(MONTH_NAMES, f.month, count),
  L: (count, f) => numberOrName(MONTH_NAMES, f.month, count),
  d: (count, f) => pad(f.day, count),
  D: (count, f) => pad(f.dayOfYear, count),
  Q: quarter,
  q: quarter,
  w: (count, f) => pad(f.week, count),
  W: (count, f) => pad(f.weekOfMonth, count),
  E: (count, f) => nameForm(DAY_NAMES[f.dayOfWeek - 1]!, count),
  e: (count, f) => numberOrName(DAY_NAMES, f.dayOfWeek, count),
  c: (count, f) => numberOrName(DAY_NAMES, f.dayOfWeek, count),
  F: (count, f) => pad(Math.floor((f.day - 1) / 7) + 1, count),
  a: (_count, f) => (f.hour < 12 ? 'AM' : 'PM'),
  h: (count, f) => pad(f.hour % 12 || 12, count),
  K: (count, f) => pad(f.hour % 12, count),
  k: (count, f) => pad(f.hour || 24, count),
  H: (count, f) => pad(f.hour, count),
  m: (count, f) => pad(f.minute, count),
  s: (count, f) => pad(f.second, count),
  S: fraction,
  A: (count, f) => pad(milliOfDay(f), count),
  n: (count, f) => pad(f.millisecond * 1_000_000, count),
  N: (count, f) => pad(milliOfDay(f) * 1_000_000, count),
  V: (_count, f) => f.timeZone,
  z: zoneName,
  O: (count, f) => formatGmtOffset(f.offsetSeconds, count === 4),
  X: (count, f) => formatIsoOffset(f.offsetSeconds, count, 'Z'),
  x: (count, f) => formatIsoOffset(f.offsetSeconds, count),
  Z: (count, f) =>
    count === 4
      ? formatGmtOffset(f.offsetSeconds, true)
      : count === 5
        ? formatIsoOffset(f.offsetSeconds, 5, 'Z')
        : formatIsoOffset(f.offsetSeconds, 2),
};

/** The text of one pattern field for an instant. */
export function formatField(letter: PatternLetter, count: number, fields: InstantFields): string {
  return FORMATS[letter](count, fields);
}
