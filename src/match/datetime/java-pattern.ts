/**
 * Strict matching of text against Java date/time patterns, as the Pact `date`, `time` and
 * `timestamp` matchers need. A pattern compiles once into one regular expression plus per-field
 * range checks and cross-field checks, so matching a value is a single `exec` and a short loop.
 */
import { type FieldValues, fieldsAreConsistent } from './field-checks.ts';
import { escapeRegex, type FieldRule, UNKNOWN } from './field-rule.ts';
import { fieldRule } from './field-rules.ts';
import { memoize } from './memoize.ts';
import { type PatternToken, parseJavaPattern } from './pattern-tokens.ts';

interface CompiledRegex {
  source: string;
  readonly rules: FieldRule[];
}

/** Parsed patterns, shared by the matcher and the formatter. */
export const parsePatternOnce: (pattern: string) => readonly PatternToken[] = memoize(500, parseJavaPattern);

function appendTokens(tokens: readonly PatternToken[], out: CompiledRegex): void {
  for (const token of tokens) {
    if (token.kind === 'literal') out.source += escapeRegex(token.text);
    else if (token.kind === 'optional') {
      out.source += '(?:';
      appendTokens(token.tokens, out);
      out.source += ')?';
    } else {
      const rule = fieldRule(token.letter, token.count);
      out.source += `(${rule.source})`;
      out.rules.push(rule);
    }
  }
}

function readFields(match: RegExpExecArray, rules: readonly FieldRule[]): FieldValues | undefined {
  const values: FieldValues = {};
  for (let index = 0; index < rules.length; index++) {
    const text = match[index + 1];
    if (text === undefined) continue;
    const rule = rules[index]!;
    const value = rule.read(text);
    if (value === undefined) return undefined;
    if (value === UNKNOWN) continue;
    const previous = values[rule.field];
    if (previous !== undefined && previous !== value) return undefined;
    values[rule.field] = value;
  }
  return values;
}

function compile(pattern: string): (value: string) => boolean {
  const compiled: CompiledRegex = { source: '', rules: [] };
  appendTokens(parsePatternOnce(pattern), compiled);
  const regex = new RegExp(`^(?:${compiled.source})$`);
  return (value) => {
    const match = regex.exec(value);
    if (match === null) return false;
    const values = readFields(match, compiled.rules);
    return values !== undefined && fieldsAreConsistent(values);
  };
}

/**
 * The matcher for a Java date/time pattern, compiled once per pattern. Throws a `SeamError('parse')`
 * for an invalid pattern (an unknown letter, too many letters, an unclosed quote).
 *
 * @example
 * const isIsoDate = compileJavaPattern('yyyy-MM-dd');
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false: 2023 is not a leap year
 */
export const compileJavaPattern: (pattern: string) => (value: string) => boolean = memoize(500, compile);

/**
 * True when `value` is a valid date/time written exactly as the Java `DateTimeFormatter` pattern
 * says: every field present in the right width, in range, and consistent with the others.
 * Throws a `SeamError('parse')` for an invalid pattern.
 *
 * @example
 * matchesJavaFormat('2001-07-04T12:08:56.235-07:00', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"); // true
 * matchesJavaFormat('Wed, 4 Jul 2001 12:08:56 -0700', 'EEE, d MMM yyyy HH:mm:ss Z'); // true
 * matchesJavaFormat('2001-13-02', 'yyyy-MM-dd'); // false
 */
export function matchesJavaFormat(value: string, pattern: string): boolean {
  return compileJavaPattern(pattern)(value);
}
