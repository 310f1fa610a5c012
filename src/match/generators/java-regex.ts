/**
 * Pact files carry Java regular expressions; JavaScript rejects some of their syntax. This rewrites
 * the Java-only forms into equivalents (or, for generation, safe subsets): leading inline flags
 * `(?i)`, possessive quantifiers `a++`, atomic groups `(?>…)`, `\Q…\E` quoting, `\A`/`\Z`/`\z`
 * anchors, `\h`, and `\p{Alpha}`-style classes. What cannot be rewritten throws an `unsupported`
 * SeamError with the reason; callers turn it into their own error.
 */
import { SeamError } from '../../core/index.ts';

/** A regular expression ready for `new RegExp(source, flags)`. */
export interface JavaScriptRegex {
  readonly source: string;
  readonly flags: string;
}

/** Character-class contents for `\p{…}` names; Unicode categories are narrowed to ASCII (a subset). */
const PROPERTY_CLASSES: Readonly<Record<string, string>> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  L: 'a-zA-Z',
  IsL: 'a-zA-Z',
  IsAlphabetic: 'a-zA-Z',
  IsLetter: 'a-zA-Z',
  Lu: 'A-Z',
  IsUppercase: 'A-Z',
  Ll: 'a-z',
  IsLowercase: 'a-z',
  N: '0-9',
  Nd: '0-9',
  IsDigit: '0-9',
  javaLowerCase: 'a-z',
  javaUpperCase: 'A-Z',
  javaWhitespace: ' \\t\\n\\x0B\\f\\r',
};

interface Scan {
  readonly text: string;
  at: number;
  out: string;
  inClass: boolean;
  /** The last thing written was a quantifier, so a following `+` makes it possessive. */
  afterQuantifier: boolean;
  /** Drop lazy `?` after quantifiers: irrelevant when generating, and randexp mishandles `{2,}?`. */
  readonly dropLazy: boolean;
}

const INLINE_FLAGS = /^\(\?([a-zA-Z]+)\)/;

function leadingFlags(regex: string): { rest: string; flags: string } {
  const match = INLINE_FLAGS.exec(regex);
  if (match === null) return { rest: regex, flags: '' };
  let flags = '';
  for (const flag of match[1]!) {
    if (flag === 'x') throw new SeamError('unsupported', 'the comments flag (?x) is not supported');
    if ('ism'.includes(flag) && !flags.includes(flag)) flags += flag;
  }
  return { rest: regex.slice(match[0].length), flags };
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function quoted(scan: Scan): void {
  const end = scan.text.indexOf('\\E', scan.at);
  const stop = end < 0 ? scan.text.length : end;
  scan.out += escapeLiteral(scan.text.slice(scan.at, stop));
  scan.at = end < 0 ? stop : stop + 2;
}

function property(scan: Scan, negated: boolean): void {
  const braced = /^\{(\^?)([A-Za-z_]+)\}/.exec(scan.text.slice(scan.at));
  const name = braced?.[2] ?? scan.text.charAt(scan.at);
  const content = PROPERTY_CLASSES[name] ?? PROPERTY_CLASSES[name.replace(/^Is/, '')];
  if (content === undefined)
    throw new SeamError('unsupported', `the character property \\p{${name}} is not supported`);
  const negate = negated !== (braced?.[1] === '^');
  if (negate && scan.inClass)
    throw new SeamError('unsupported', `a negated property inside [] (\\P{${name}}) is not supported`);
  scan.out += scan.inClass ? content : `[${negate ? '^' : ''}${content}]`;
  scan.at += braced === null ? 1 : braced[0].length;
}

/** The text an escape other than `\Q` and `\p` becomes: Java-only anchors vanish, `\h` is spelled out. */
function escapedText(char: string, inClass: boolean): string {
  if ('AZzG'.includes(char) && !inClass) return '';
  if (char === 'h') return inClass ? ' \\t' : '[ \\t]';
  return `\\${char}`;
}

function readEscape(scan: Scan): void {
  const char = scan.text.charAt(scan.at++);
  scan.afterQuantifier = false;
  if (char === 'Q') quoted(scan);
  else if (char === 'p' || char === 'P') property(scan, char === 'P');
  else scan.out += escapedText(char, scan.inClass);
}

function classChar(scan: Scan, char: string): void {
  scan.afterQuantifier = false;
  if (char === ']') scan.inClass = false;
  else if (char === '[')
    throw new SeamError('unsupported', 'nested character classes ([a[b]]) are not supported');
  else if (char === '&' && scan.text.charAt(scan.at) === '&')
    throw new SeamError('unsupported', 'class intersection (&&) is not supported');
  scan.out += char;
}

function quantifierBrace(scan: Scan): boolean {
  const braces = /^\{\d+(?:,\d*)?\}/.exec(scan.text.slice(scan.at - 1));
  if (braces === null) return false;
  scan.out += braces[0];
  scan.at += braces[0].length - 1;
  scan.afterQuantifier = true;
  return true;
}

function plainChar(scan: Scan, char: string): void {
  if ((char === '+' || (char === '?' && scan.dropLazy)) && scan.afterQuantifier) {
    scan.afterQuantifier = false;
    return;
  }
  if (char === '{' && quantifierBrace(scan)) return;
  if (char === '(' && scan.text.startsWith('?>', scan.at)) {
    scan.out += '(?:';
    scan.at += 2;
    return;
  }
  if (char === '(' && /^\?[a-zA-Z-]+\)/.test(scan.text.slice(scan.at))) {
    throw new SeamError('unsupported', 'inline flags are only supported at the start of the expression');
  }
  const previous = scan.out.charAt(scan.out.length - 1);
  scan.afterQuantifier = '*+'.includes(char) || (char === '?' && previous !== '(' && !scan.afterQuantifier);
  if (char === '[') scan.inClass = true;
  scan.out += char;
}

/**
 * Rewrites a Java regular expression for JavaScript; throws an Error saying what is not supported.
 * With `forGeneration`, lazy quantifiers become greedy (the same strings match).
 *
 * @example
 * toJavaScriptRegex('(?i)\\p{Alpha}++\\Q.txt\\E'); // { source: '[a-zA-Z]+\\.txt', flags: 'i' }
 */
export function toJavaScriptRegex(regex: string, forGeneration = false): JavaScriptRegex {
  const { rest, flags } = leadingFlags(regex);
  const scan: Scan = {
    text: rest,
    at: 0,
    out: '',
    inClass: false,
    afterQuantifier: false,
    dropLazy: forGeneration,
  };
  while (scan.at < scan.text.length) {
    const char = scan.text.charAt(scan.at++);
    if (char === '\\') readEscape(scan);
    else if (scan.inClass) classChar(scan, char);
    else plainChar(scan, char);
  }
  return { source: scan.out, flags };
}

/** Removes one leading `^` and one unescaped trailing `$`, as the Rust core does before generating. */
export function stripAnchors(regex: string): string {
  const start = regex.startsWith('^') ? 1 : 0;
  const trailingBackslashes = /(\\*)\$$/.exec(regex)?.[1]?.length ?? -1;
  const end = trailingBackslashes >= 0 && trailingBackslashes % 2 === 0 ? regex.length - 1 : regex.length;
  return regex.slice(start, Math.max(start, end));
}
