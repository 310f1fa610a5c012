/** Matching rules for offsets (`X`, `x`, `Z`, `O`) and zones (`z`, `V`). */
import { alternation, type FieldRule, type RuleBuilder, UNKNOWN } from './field-rule.ts';
import { readOffset } from './offsets.ts';
import { isZoneId, ZONE_ABBREVIATIONS, zoneLongNames } from './zone-names.ts';

// Offsets are range-checked only: forms without seconds truncate historic offsets such as +05:41:16,
// so two offset fields of one value may legitimately differ.
const offsetRead = (text: string) => (readOffset(text) === undefined ? undefined : UNKNOWN);

const ISO_OFFSET_SOURCES = [
  '[+-][0-9]{2}(?:[0-9]{2})?',
  '[+-][0-9]{4}',
  '[+-][0-9]{2}:[0-9]{2}',
  '[+-][0-9]{4}(?:[0-9]{2})?',
  '[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2})?',
];

export function isoOffsetRule(withZ: boolean): RuleBuilder {
  return (count) => {
    const source = ISO_OFFSET_SOURCES[count - 1]!;
    return { source: withZ ? `(?:Z|${source})` : source, field: 'offset', read: offsetRead };
  };
}

const GMT_SHORT = '(?:GMT|UTC)(?:[+-][0-9]{1,2}(?::[0-9]{2}(?::[0-9]{2})?)?)?';
const GMT_FULL = '(?:GMT|UTC)(?:[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?';

export function gmtOffsetRule(count: number): FieldRule {
  return { source: count === 4 ? GMT_FULL : GMT_SHORT, field: 'offset', read: offsetRead };
}

export function rfcOffsetRule(count: number): FieldRule {
  if (count === 4) return gmtOffsetRule(4);
  if (count === 5) return isoOffsetRule(true)(5);
  return { source: '[+-][0-9]{4}', field: 'offset', read: offsetRead };
}

export function zoneNameRule(count: number): FieldRule {
  const names = count === 4 ? zoneLongNames() : ZONE_ABBREVIATIONS;
  const offset = count === 4 ? GMT_FULL : GMT_SHORT;
  const read = (text: string) => (/[+-]/.test(text) && readOffset(text) === undefined ? undefined : UNKNOWN);
  return { source: `(?:${offset}|${alternation(names, false)})`, field: 'zone', read };
}

export function zoneIdRule(): FieldRule {
  const source = '(?:(?:UTC|GMT|UT)?[+-][0-9]{2}:[0-9]{2}|Z|[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*)';
  return { source, field: 'zone', read: (text) => (isZoneId(text) ? UNKNOWN : undefined) };
}
