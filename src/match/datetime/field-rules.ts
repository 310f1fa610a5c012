/**
 * For each pattern letter and count: the regular expression its text must match, the field it
 * sets, and how to read (and range-check) the matched text. Widths follow java.time's strict
 * parser (`MM` is exactly two digits, `M` one or two); names are matched case-insensitively, as
 * the Rust core does.
 */
import {
  alternation,
  type FieldName,
  type FieldRule,
  type RuleBuilder,
  ranged,
  UNKNOWN,
} from './field-rule.ts';
import { DAY_NAMES, MONTH_NAMES, nameForm, QUARTER_ORDINALS } from './names.ts';
import type { PatternLetter } from './pattern-tokens.ts';
import { gmtOffsetRule, isoOffsetRule, rfcOffsetRule, zoneIdRule, zoneNameRule } from './zone-field-rules.ts';

/** Reads a name as its 1-based index in `names` (compared case-insensitively). */
function nameReader(names: readonly string[]): (text: string) => number | undefined {
  const lower = names.map((name) => name.toLowerCase());
  return (text) => {
    const matches = lower.flatMap((name, index) => (name === text.toLowerCase() ? [index + 1] : []));
    if (matches.length === 0) return undefined;
    return matches.length === 1 ? matches[0] : UNKNOWN;
  };
}

function nameRule(field: FieldName, fullNames: readonly string[], count: number): FieldRule {
  const names = fullNames.map((name) => nameForm(name, count));
  return { source: alternation(names), field, read: nameReader(names) };
}

function twoDigits(field: FieldName, min: number, max: number): RuleBuilder {
  return (count) => ({ source: count === 1 ? '[0-9]{1,2}' : '[0-9]{2}', field, read: ranged(min, max) });
}

function atLeast(field: FieldName, max: number): RuleBuilder {
  return (count) => ({ source: `[0-9]{${count},19}`, field, read: ranged(0, max) });
}

function yearSource(count: number): string {
  if (count === 2) return '[0-9]{2}';
  if (count < 4) return `[+-]?[0-9]{${count},10}`;
  return `(?:[0-9]{${count}}|[+-][0-9]{${count},${Math.max(count, 10)}})`;
}

function yearRule(field: FieldName, min: number): RuleBuilder {
  return (count) =>
    count === 2
      ? { source: yearSource(2), field: field === 'weekYear' ? 'weekYear' : 'year2', read: ranged(0, 99) }
      : { source: yearSource(count), field, read: ranged(min, 999_999_999) };
}

function eraRule(count: number): FieldRule {
  const names =
    count === 4
      ? ['Anno Domini', 'Before Christ', 'AD', 'BC']
      : count === 5
        ? ['A', 'B', 'AD', 'BC']
        : ['AD', 'BC'];
  return { source: alternation(names), field: 'era', read: (text) => (/^a/i.test(text) ? 1 : 0) };
}

function monthRule(count: number): FieldRule {
  return count <= 2 ? twoDigits('month', 1, 12)(count) : nameRule('month', MONTH_NAMES, count);
}

function quarterRule(count: number): FieldRule {
  if (count === 3) return { source: '(?i:q)[1-4]', field: 'quarter', read: (text) => Number(text.slice(1)) };
  if (count === 4) {
    const source = `${alternation(QUARTER_ORDINALS)} (?i:quarter)`;
    return { source, field: 'quarter', read: (text) => Number(text.slice(0, 1)) };
  }
  return { source: count === 2 ? '[0-9]{2}' : '[0-9]', field: 'quarter', read: ranged(1, 4) };
}

function dayOfWeekRule(count: number): FieldRule {
  return nameRule('dayOfWeek', DAY_NAMES, count);
}

function localDayOfWeekRule(count: number): FieldRule {
  if (count >= 3) return dayOfWeekRule(count);
  return { source: count === 2 ? '[0-9]{2}' : '[0-9]', field: 'dayOfWeek', read: ranged(1, 7) };
}

function dayOfYearRule(count: number): FieldRule {
  return { source: `[0-9]{${count},3}`, field: 'dayOfYear', read: ranged(1, 366) };
}

function singleDigit(field: FieldName, min: number, max: number): RuleBuilder {
  return (count) => ({ source: `[0-9]{${count}}`, field, read: ranged(min, max) });
}

const RULES: Readonly<Record<PatternLetter, RuleBuilder>> = {
  G: eraRule,
  u: yearRule('year', -999_999_999),
  y: yearRule('yearOfEra', 1),
  Y: yearRule('weekYear', -999_999_999),
  M: monthRule,
  L: monthRule,
  d: twoDigits('dayOfMonth', 1, 31),
  D: dayOfYearRule,
  Q: quarterRule,
  q: quarterRule,
  w: twoDigits('weekOfYear', 1, 53),
  W: singleDigit('weekOfMonth', 0, 6),
  E: dayOfWeekRule,
  e: localDayOfWeekRule,
  c: localDayOfWeekRule,
  F: singleDigit('alignedWeekOfMonth', 0, 5),
  a: () => ({ source: '(?i:am|pm)', field: 'ampm', read: (text) => (/^p/i.test(text) ? 1 : 0) }),
  h: twoDigits('hour12', 1, 12),
  K: twoDigits('hour12zero', 0, 11),
  k: twoDigits('hour24one', 1, 24),
  H: twoDigits('hour24', 0, 23),
  m: twoDigits('minute', 0, 59),
  s: twoDigits('second', 0, 59),
  S: (count) => ({
    source: `[0-9]{${count}}`,
    field: 'fraction',
    read: (text) => Number(text.padEnd(9, '0')),
  }),
  A: atLeast('milliOfDay', 86_399_999),
  n: atLeast('nanoOfSecond', 999_999_999),
  N: atLeast('nanoOfDay', 86_399_999_999_999),
  V: zoneIdRule,
  z: zoneNameRule,
  O: gmtOffsetRule,
  X: isoOffsetRule(true),
  x: isoOffsetRule(false),
  Z: rfcOffsetRule,
};

/** The matching rule for a pattern letter repeated `count` times. */
export function fieldRule(letter: PatternLetter, count: number): FieldRule {
  return RULES[letter](count);
}
