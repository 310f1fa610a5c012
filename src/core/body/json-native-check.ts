/**
 * Telling whether `JSON.parse` may get a JSON text wrong (see json.ts): numbers it would change, and
 * one-character strings written as an escape (such as `"\n"`), which V8 in Node 24 can decode as a
 * backslash once it has parsed the key `"\\"`.
 */

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * True when `JSON.parse` may get the text wrong: it may hold a number `JSON.parse` would change: a whole decimal (`1.0`), an
 * exponent, or 16+ digits. Only what lies outside strings is scanned (strings are skipped with
 * `indexOf`), so ids like `"3e4f"` cost nothing; a string that is one escaped character answers
 * true too (the V8 bug above). When the text is not JSON the answer does not matter: `JSON.parse`
 * fails and the iterative parser takes over.
 *
 * @example
 * nativeParseMayDiffer('{"id":"3e4f","n":1}'); // false
 * nativeParseMayDiffer('[1.0]'); // true
 */
export function nativeParseMayDiffer(text: string): boolean {
  let from = 0;
  while (from < text.length) {
    const quote = text.indexOf('"', from);
    const end = quote < 0 ? text.length : quote;
    if (lossyNumberBetween(text, from, end)) return true;
    if (quote < 0) return false;
    const close = stringEnd(text, quote + 1);
    if (isOneEscape(text, quote + 1, close)) return true;
    from = close + 1;
  }
  return false;
}

/** The index of the quote closing the string that starts at `from` (or the text's length). */
function stringEnd(text: string, from: number): number {
  let close = text.indexOf('"', from);
  while (close > 0 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
  return close < 0 ? text.length : close;
}

function isOneEscape(text: string, start: number, end: number): boolean {
  const length = end - start;
  return (length === 2 || length === 6) && text.charCodeAt(start) === 0x5c;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
  return backslashes % 2 === 1;
}

function lossyNumberBetween(text: string, from: number, end: number): boolean {
  let digits = 0;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      if (++digits >= 16) return true;
      continue;
    }
    if (digits > 0 && (code === 0x65 || code === 0x45)) return true;
    if (digits > 0 && code === 0x2e && wholeFraction(text, i + 1)) return true;
    digits = 0;
  }
  return false;
}

function wholeFraction(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === 0x30) i++;
  return !isDigit(text.charCodeAt(i));
}
