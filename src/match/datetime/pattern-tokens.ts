/**
 * Parses Java `DateTimeFormatter` patterns (the letters the Rust core's `time_utils.rs` knows, plus
 * optional sections `[...]`) into tokens shared by the matcher and the formatter.
 */
import { SeamError } from '../../core/index.ts';

/** The pattern letters understood, as in `java.time.format.DateTimeFormatter`. */
export type PatternLetter =
  | 'G'
  | 'u'
  | 'y'
  | 'Y'
  | 'M'
  | 'L'
  | 'd'
  | 'D'
  | 'Q'
  | 'q'
  | 'w'
  | 'W'
  | 'E'
  | 'e'
  | 'c'
  | 'F'
  | 'a'
  | 'h'
  | 'K'
  | 'k'
  | 'H'
  | 'm'
  | 's'
  | 'S'
  | 'A'
  | 'n'
  | 'N'
  | 'V'
  | 'z'
  | 'O'
  | 'X'
  | 'x'
  | 'Z';

/**
 * One element of a parsed pattern.
 *
 * @example
 * // "HH[:mm]" parses as:
 * // [{ kind: 'field', letter: 'H', count: 2 },
 * //  { kind: 'optional', tokens: [{ kind: 'literal', text: ':' }, { kind: 'field', letter: 'm', count: 2 }] }]
 */
export type PatternToken =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'field'; readonly letter: PatternLetter; readonly count: number }
  | { readonly kind: 'optional'; readonly tokens: readonly PatternToken[] };

/** The most letters of each kind a pattern may repeat (`MMMMMM` is an error, as in Java). */
const MAX_COUNT: Readonly<Record<PatternLetter, number>> = {
  G: 5,
  u: 19,
  y: 19,
  Y: 19,
  M: 5,
  L: 5,
  d: 2,
  D: 3,
  Q: 5,
  q: 5,
  w: 2,
  W: 2,
  E: 5,
  e: 5,
  c: 5,
  F: 2,
  a: 1,
  h: 2,
  K: 2,
  k: 2,
  H: 2,
  m: 2,
  s: 2,
  S: 9,
  A: 19,
  n: 19,
  N: 19,
  V: 2,
  z: 4,
  O: 4,
  X: 5,
  x: 5,
  Z: 5,
};

function isPatternLetter(letter: string): letter is PatternLetter {
  return Object.hasOwn(MAX_COUNT, letter);
}

function invalid(pattern: string, reason: string): SeamError {
  return new SeamError('parse', `Invalid date/time pattern '${pattern}': ${reason}`);
}

/**
 * Parses a Java date/time pattern into tokens; throws a `SeamError('parse')` naming the problem.
 *
 * @example
 * parseJavaPattern("yyyy-MM-dd'T'HH");
 * // [{ kind: 'field', letter: 'y', count: 4 }, { kind: 'literal', text: '-' }, …]
 */
export function parseJavaPattern(pattern: string): readonly PatternToken[] {
  const root: PatternToken[] = [];
  const stack: PatternToken[][] = [root];
  let index = 0;
  while (index < pattern.length) index = readToken(pattern, index, stack);
  return root;
}

function readToken(pattern: string, index: number, stack: PatternToken[][]): number {
  const out = stack[stack.length - 1]!;
  const char = pattern[index]!;
  if (char === "'") return readQuoted(pattern, index, out);
  if (char === '[') return openOptional(index, out, stack);
  if (char === ']') return closeOptional(pattern, index, stack);
  if (/[A-Za-z]/.test(char)) return readField(pattern, index, out);
  if (char === '#' || char === '{' || char === '}') {
    throw invalid(pattern, `'${char}' is reserved for future use`);
  }
  pushLiteral(out, char);
  return index + 1;
}

function openOptional(index: number, out: PatternToken[], stack: PatternToken[][]): number {
  const tokens: PatternToken[] = [];
  out.push({ kind: 'optional', tokens });
  stack.push(tokens);
  return index + 1;
}

function closeOptional(pattern: string, index: number, stack: PatternToken[][]): number {
  if (stack.length === 1) throw invalid(pattern, `']' at position ${index + 1} closes no optional section`);
  stack.pop();
  return index + 1;
}

function pushLiteral(out: PatternToken[], text: string): void {
  const last = out[out.length - 1];
  if (last?.kind === 'literal') out[out.length - 1] = { kind: 'literal', text: last.text + text };
  else out.push({ kind: 'literal', text });
}

function readQuoted(pattern: string, index: number, out: PatternToken[]): number {
  if (pattern[index + 1] === "'") {
    pushLiteral(out, "'");
    return index + 2;
  }
  let text = '';
  for (let at = index + 1; at < pattern.length; at++) {
    const char = pattern[at];
    if (char !== "'") {
      text += char;
      continue;
    }
    if (pattern[at + 1] !== "'") {
      pushLiteral(out, text);
      return at + 1;
    }
    text += "'";
    at++;
  }
  throw invalid(pattern, `the quote at position ${index + 1} is never closed`);
}

function readField(pattern: string, index: number, out: PatternToken[]): number {
  const letter = pattern[index]!;
  let end = index;
  while (pattern[end] === letter) end++;
  const count = end - index;
  if (!isPatternLetter(letter)) throw invalid(pattern, `unknown pattern letter '${letter}'`);
  if (count > MAX_COUNT[letter] || (letter === 'c' && count === 2)) {
    throw invalid(pattern, `too many pattern letters '${letter}': ${count}`);
  }
  out.push({ kind: 'field', letter, count });
  return end;
}
