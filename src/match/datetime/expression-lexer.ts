/**
 * Splits a Pact date/time expression (`tomorrow + 2 days`, `3 o'clock pm`) into words, numbers and
 * signs, and offers a cursor over them for the date and time parsers. Words are lower-cased: the
 * Rust core accepts lower case only; seam also accepts `Today` and `NOON`.
 */
import { SeamError } from '../../core/index.ts';

/** One word, number or sign, with its position in the expression. */
export interface ExpressionToken {
  readonly text: string;
  readonly position: number;
}

/** A cursor over the tokens of one expression part. */
export interface TokenCursor {
  readonly expression: string;
  readonly tokens: readonly ExpressionToken[];
  index: number;
}

const TOKEN_SOURCE = "\\s*([+-]|\\d+|[a-z][a-z']*)";

const EXAMPLES = {
  date: "'today', '+ 1 day', 'next monday', 'last month + 2 weeks' (then '@ <time>' for a date-time)",
  time: "'now + 3 hours', 'midnight', \"2 o'clock pm\", 'next hour'",
} as const;

/** The error for an expression that does not follow the grammar. */
export function expressionError(
  kind: 'date' | 'time',
  expression: string,
  expected: string,
  found?: ExpressionToken,
): SeamError {
  const where =
    found === undefined ? 'at the end' : `at position ${found.position + 1} (found '${found.text}')`;
  return new SeamError(
    'invalid-generator',
    `Invalid ${kind} expression '${expression}': expected ${expected} ${where}. Examples: ${EXAMPLES[kind]}.`,
  );
}

/** Tokenises an expression part; `kind` names it in errors. */
export function tokenize(kind: 'date' | 'time', expression: string): TokenCursor {
  const lower = expression.toLowerCase();
  const tokens: ExpressionToken[] = [];
  const pattern = new RegExp(TOKEN_SOURCE, 'y');
  while (lower.slice(pattern.lastIndex).trim() !== '') {
    const start = pattern.lastIndex;
    const match = pattern.exec(lower);
    if (match === null) {
      const position = start + (lower.slice(start).length - lower.slice(start).trimStart().length);
      throw expressionError(kind, expression, 'a word, a number, + or -', {
        text: expression.charAt(position),
        position,
      });
    }
    tokens.push({ text: match[1]!, position: match.index + match[0].length - match[1]!.length });
  }
  return { expression, tokens, index: 0 };
}

/** The next token without consuming it. */
export function peek(cursor: TokenCursor): ExpressionToken | undefined {
  return cursor.tokens[cursor.index];
}

/** Consumes and returns the next token. */
export function next(cursor: TokenCursor): ExpressionToken | undefined {
  const token = cursor.tokens[cursor.index];
  if (token !== undefined) cursor.index++;
  return token;
}
