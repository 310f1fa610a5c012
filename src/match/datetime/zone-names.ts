/**
 * Time-zone names for the `z` (abbreviation, full name) and `V` (zone id) pattern letters. The Rust
 * core checks `z` against a fixed abbreviation table and `V` against the IANA ids; so does this.
 */
import { isKnownTimeZone } from './wall-clock.ts';

/** Zone abbreviations accepted by `z`, `zz`, `zzz` (upper case, as Java prints them). */
export const ZONE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'UTC GMT UT WET WEST CET CEST EET EEST BST IST MSK MSD TRT GET AMT AZT ' +
    'EST EDT CST CDT MST MDT PST PDT AKST AKDT HST HDT AST ADT NST NDT SST ' +
    'ART BRT BRST CLT CLST COT ECT PET PYT PYST UYT VET BOT GFT SRT FKST ' +
    'WAT CAT EAT SAST CVT MUT SCT RET ' +
    'PKT NPT BTT ICT WIB WITA WIT SGT MYT PHT PHST HKT JST KST IRST IRDT GST UZT ' +
    'AWST ACST ACDT AEST AEDT LHST LHDT NZST NZDT CHAST CHADT FJT TOT NCT'
  ).split(' '),
);

let longNames: ReadonlySet<string> | undefined;

/** Full English zone names (`Pacific Standard Time`) that Intl knows, for `zzzz`; computed once. */
export function zoneLongNames(): ReadonlySet<string> {
  longNames ??= collectLongNames();
  return longNames;
}

function collectLongNames(): ReadonlySet<string> {
  const names = new Set<string>();
  const year = new Date().getUTCFullYear();
  const instants = [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].map((ms) => new Date(ms));
  for (const timeZone of Intl.supportedValuesOf('timeZone').concat('UTC')) {
    for (const instant of instants) {
      const name = intlZoneName(instant, timeZone, 'en-US', 'long');
      if (name !== undefined && /^[A-Za-z][A-Za-z .'-]*$/.test(name)) names.add(name);
    }
  }
  return names;
}

/** The zone name Intl gives for an instant, or undefined. */
export function intlZoneName(
  date: Date,
  timeZone: string,
  locale: string,
  style: 'short' | 'long',
): string | undefined {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value;
}

const knownIds = new Map<string, boolean>();

/** True for a zone id `VV` accepts: an IANA id, `UTC`/`GMT`, `Z`, or an offset such as `+01:00`. */
export function isZoneId(id: string): boolean {
  if (id === 'Z' || /^(?:UTC|GMT|UT)?[+-](?:0\d|1[0-8]):[0-5]\d$/.test(id)) return true;
  let known = knownIds.get(id);
  if (known === undefined) {
    known = isKnownTimeZone(id);
    // Ids come from the values being matched: bound the memo so arbitrary input cannot grow it.
    if (knownIds.size >= 1000) knownIds.clear();
    knownIds.set(id, known);
  }
  return known;
}
