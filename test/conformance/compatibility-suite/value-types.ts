/**
 * The checks behind "will have been replaced with a(n) <type>". The reference tests its regexes
 * unanchored on the value as text; these are anchored, and the UUID formats are told apart, so a
 * value of the wrong shape fails here too.
 */
import { jsonToString } from './body-values.ts';

const hex = '[0-9a-f]';
const hyphenated = `${hex}{8}-${hex}{4}-${hex}{4}-${hex}{4}-${hex}{12}`;

const patterns: Readonly<Record<string, RegExp>> = {
  integer: /^-?\d+$/,
  'decimal number': /^-?\d+\.\d+$/,
  'hexadecimal number': /^[a-fA-F0-9]+$/,
  'string from the regex': /^\d{1,8}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}:\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,9}/,
  UUID: new RegExp(`^(${hyphenated}|${hex}{32}|urn:uuid:${hyphenated})$`, 'i'),
  'simple UUID': new RegExp(`^${hex}{32}$`),
  'lower-case-hyphenated UUID': new RegExp(`^${hyphenated}$`),
  'upper-case-hyphenated UUID': new RegExp(`^${hyphenated.toUpperCase()}$`),
  'URN UUID': new RegExp(`^urn:uuid:${hyphenated}$`),
  boolean: /^(true|false)$/,
};

const stringTypes = new Set(['random string', 'string from the regex']);

/** Throws unless `value` is of the named type. */
export function assertValueType(type: string, value: unknown): void {
  if (stringTypes.has(type) && typeof value !== 'string') {
    throw new Error(`Was expecting a string, but got ${JSON.stringify(value)}`);
  }
  if (type === 'random string') return;
  const pattern = patterns[type];
  if (pattern === undefined) throw new Error(`Invalid type: ${type}`);
  if (!pattern.test(jsonToString(value))) {
    throw new Error(`Was expecting a ${type}, but got ${JSON.stringify(value)}`);
  }
}
