/** The shape shared by the per-letter matching rules, and helpers to build them. */

/** The fields a pattern can set, checked against each other once a value has matched. */
export type FieldName =
  | 'era'
  | 'yearOfEra'
  | 'year2'
  | 'year'
  | 'weekYear'
  | 'month'
  | 'dayOfMonth'
  | 'dayOfYear'
  | 'quarter'
  | 'weekOfYear'
  | 'weekOfMonth'
  | 'alignedWeekOfMonth'
  | 'dayOfWeek'
  | 'ampm'
  | 'hour12'
  | 'hour12zero'
  | 'hour24one'
  | 'hour24'
  | 'minute'
  | 'second'
  | 'fraction'
  | 'milliOfDay'
  | 'nanoOfSecond'
  | 'nanoOfDay'
  | 'zone'
  | 'offset';

/** What {@link FieldRule.read} returns for valid text that does not fix a value (`J` for a month). */
export const UNKNOWN = -1;

/** How one pattern field matches: its regex source, the field it sets and how to read the text. */
export interface FieldRule {
  readonly source: string;
  readonly field: FieldName;
  /** The value, {@link UNKNOWN}, or undefined when the text is out of range. */
  readonly read: (text: string) => number | undefined;
}

/** Builds the rule for a letter repeated `count` times. */
export type RuleBuilder = (count: number) => FieldRule;

/** Reads digits as a number in [min, max], else undefined. */
export function ranged(min: number, max: number): (text: string) => number | undefined {
  return (text) => {
    const value = Number(text);
    return value >= min && value <= max ? value : undefined;
  };
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** An alternation of names, longest first so a longer name wins over its prefix; case-insensitive by default. */
export function alternation(names: Iterable<string>, ignoreCase = true): string {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  return `(?${ignoreCase ? 'i' : ''}:${sorted.map(escapeRegex).join('|')})`;
}
