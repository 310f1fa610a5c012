/** Formatting instants with Java date/time patterns, for the Date, Time and DateTime generators. */
import { formatField } from './field-formats.ts';
import { describeInstant, type InstantFields } from './instant-fields.ts';
import { parsePatternOnce } from './java-pattern.ts';
import type { PatternToken } from './pattern-tokens.ts';

function formatTokens(tokens: readonly PatternToken[], fields: InstantFields): string {
  let text = '';
  for (const token of tokens) {
    if (token.kind === 'literal') text += token.text;
    else if (token.kind === 'optional') text += formatTokens(token.tokens, fields);
    else text += formatField(token.letter, token.count, fields);
  }
  return text;
}

/**
 * Formats `date` with a Java `DateTimeFormatter` pattern, in `timeZone` (an IANA name; the system
 * zone when omitted, as the Rust core uses the local zone). Optional sections are printed. The text
 * always satisfies {@link matchesJavaFormat} for the same pattern. Throws a `SeamError('parse')`
 * for an invalid pattern and a `SeamError('usage')` for an unknown zone.
 *
 * @example
 * const date = new Date('2001-07-04T19:08:56.235Z');
 * formatJavaDate(date, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", 'America/Los_Angeles'); // '2001-07-04T12:08:56.235-07:00'
 * formatJavaDate(date, 'EEE, d MMM yyyy hh:mm a', 'UTC'); // 'Wed, 4 Jul 2001 07:08 PM'
 */
export function formatJavaDate(date: Date, pattern: string, timeZone?: string): string {
  return formatTokens(parsePatternOnce(pattern), describeInstant(date, timeZone));
}
