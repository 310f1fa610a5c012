/**
 * Compiled regular expressions, cached by pattern. Patterns are written for the reference's regex
 * engine (Oniguruma); the common differences are translated: a leading `(?i)`, `\A`, `\z`, `\Z`, `\h`.
 * As in the reference (Oniguruma's `is_match`), a value matches when the match found at its start
 * covers all of it. A pattern that does not compile is kept as its error message, never thrown.
 */
import { errorMessage } from '../../core/index.ts';

const cache = new Map<string, RegExp | string>();
const LIMIT = 2000;

function translate(pattern: string): { source: string; flags: string } {
  let source = pattern;
  let flags = '';
  const inline = /^\(\?([imsx]+)\)/.exec(source);
  if (inline !== null) {
    source = source.slice(inline[0].length);
    if (inline[1]?.includes('i')) flags += 'i';
    if (inline[1]?.includes('m')) flags += 's';
  }
  source = source.replace(/\\\\|\\A|\\[zZ]|\\h/g, (token) => {
    if (token === '\\A') return '^';
    if (token === '\\z' || token === '\\Z') return '$';
    if (token === '\\h') return '[0-9a-fA-F]';
    return token;
  });
  return { source, flags };
}

/**
 * The compiled pattern, or the error message when it does not compile.
 *
 * @example
 * compileRegex('\\d+'); // /\d+/
 * compileRegex('('); // 'Invalid regular expression: /(/: Unterminated group'
 */
export function compileRegex(pattern: string): RegExp | string {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    try {
      const { source, flags } = translate(pattern);
      compiled = new RegExp(source, `${flags}y`);
    } catch (error) {
      compiled = errorMessage(error);
    }
    if (cache.size >= LIMIT) cache.clear();
    cache.set(pattern, compiled);
  }
  return compiled;
}

/**
 * Tests that `pattern` matches the whole of `text`; a pattern that does not compile gives the
 * reference's message.
 *
 * @example
 * testRegex('\\d{1,4}', '1000'); // { matched: true }
 * testRegex('\\d{1,4}', '123ABC'); // { matched: false }
 */
export function testRegex(pattern: string, text: string): { matched: boolean; error?: string } {
  const compiled = compileRegex(pattern);
  if (typeof compiled === 'string') {
    return { matched: false, error: `'${pattern}' is not a valid regular expression - ${compiled}` };
  }
  compiled.lastIndex = 0;
  const found = compiled.exec(text);
  return { matched: found !== null && found[0].length === text.length };
}
