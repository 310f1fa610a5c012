/**
 * Parsing the path expressions that key matching rules (`$.a[*].b`, `$['x-y']`, `$.*`), with the
 * Pact reference's grammar and error wording. Parsing is done once per rule set (see rule-selection).
 */

/** One step of a rule path. */
export type PathToken =
  | { readonly kind: 'root' }
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number; readonly text: string }
  | { readonly kind: 'star' }
  | { readonly kind: 'star-index' };

/** A parse outcome: the tokens, or the error message. */
export type PathParseResult =
  | { readonly ok: true; readonly tokens: readonly PathToken[] }
  | { readonly ok: false; readonly error: string };

const ROOT: PathToken = { kind: 'root' };
const STAR: PathToken = { kind: 'star' };
const STAR_INDEX: PathToken = { kind: 'star-index' };

const isIdentifierChar = (c: string): boolean => /[\p{L}\p{N}_\-:#@]/u.test(c);

class PathSyntaxError extends Error {}

/**
 * Parses a rule path. A path that does not start with `$` is read as a field name after the root.
 *
 * @example
 * parseJsonPath('$.items[*].id'); // tokens: root, field items, star-index, field id
 * parseJsonPath('$.'); // { ok: false, error: 'Expected a path after "." in path expression "$." at index 1' }
 */
export function parseJsonPath(expression: string): PathParseResult {
  try {
    return { ok: true, tokens: new PathParser(expression).parse() };
  } catch (error) {
    if (error instanceof PathSyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}

class PathParser {
  private readonly path: string;
  private readonly chars: string[];
  private pos = 0;
  private readonly tokens: PathToken[] = [];

  constructor(path: string) {
    this.path = path;
    this.chars = [...path];
  }

  parse(): PathToken[] {
    const first = this.chars[0];
    if (first === undefined) return this.tokens;
    this.tokens.push(ROOT);
    if (first === '$') this.pos = 1;
    else if (/[\p{L}\p{N}]/u.test(first)) this.identifier();
    else this.fail(`Path expression "${this.path}" does not start with a root marker "$"`);
    while (this.pos < this.chars.length) this.step();
    return this.tokens;
  }

  private step(): void {
    const at = this.pos;
    const ch = this.chars[this.pos++];
    if (ch === '.') this.dotPath(at);
    else if (ch === '[') this.bracketPath(at);
    else
      this.fail(`Expected a "." or "[" instead of "${ch}" in path expression "${this.path}" at index ${at}`);
  }

  private dotPath(dotAt: number): void {
    const ch = this.chars[this.pos];
    if (ch === undefined)
      this.fail(`Expected a path after "." in path expression "${this.path}" at index ${dotAt}`);
    if (ch === '*') {
      this.pos++;
      this.tokens.push(STAR);
    } else if (isIdentifierChar(ch)) this.identifier();
    else
      this.fail(
        `Expected either a "*" or path identifier in path expression "${this.path}" at index ${this.pos}`,
      );
  }

  private identifier(): void {
    let name = '';
    for (let ch = this.chars[this.pos]; ch !== undefined; ch = this.chars[this.pos]) {
      if (ch === '.' || ch === "'" || ch === '[') break;
      if (!isIdentifierChar(ch)) {
        this.fail(
          `"${ch}" is not allowed in an identifier in path expression "${this.path}" at index ${this.pos}`,
        );
      }
      name += ch;
      this.pos++;
    }
    this.tokens.push({ kind: 'field', name });
  }

  private bracketPath(openAt: number): void {
    const ch = this.chars[this.pos];
    if (ch === undefined) {
      this.fail(
        `Expected a "'" (single qoute) or a digit in path expression "${this.path}" after index ${openAt}`,
      );
    }
    if (ch === "'") this.stringPath();
    else if (/[0-9]/.test(ch)) this.indexPath();
    else if (ch === '*') {
      this.pos++;
      this.tokens.push(STAR_INDEX);
    } else if (ch === ']') {
      this.fail(
        `Empty bracket expressions are not allowed in path expression "${this.path}" at index ${this.pos}`,
      );
    } else this.fail(this.badIndex(ch));
    this.closeBracket();
  }

  private stringPath(): void {
    const quoteAt = this.pos++;
    const end = this.chars.indexOf("'", this.pos);
    if (end < 0) {
      const at = this.chars.length > quoteAt + 1 ? this.chars.length - 1 : quoteAt;
      this.fail(`Unterminated string in path expression "${this.path}" at index ${at}`);
    }
    const name = this.chars.slice(this.pos, end).join('');
    if (name === '')
      this.fail(`Empty strings are not allowed in path expression "${this.path}" at index ${end}`);
    this.pos = end + 1;
    this.tokens.push({ kind: 'field', name });
  }

  private indexPath(): void {
    let digits = '';
    while (/[0-9]/.test(this.chars[this.pos] ?? '')) digits += this.chars[this.pos++];
    const next = this.chars[this.pos];
    if (next !== undefined && next !== ']') this.fail(this.badIndex(next));
    const index = Number(digits);
    this.tokens.push({ kind: 'index', index, text: String(index) });
  }

  private closeBracket(): void {
    const ch = this.chars[this.pos];
    if (ch === undefined) {
      this.fail(`Unterminated brackets in path expression "${this.path}" at index ${this.chars.length - 1}`);
    }
    if (ch !== ']') {
      this.fail(
        `Unterminated brackets, found "${ch}" instead of "]" in path expression "${this.path}" at index ${this.pos}`,
      );
    }
    this.pos++;
  }

  private badIndex(ch: string): string {
    return `Indexes can only consist of numbers or a "*", found "${ch}" instead in path expression "${this.path}" at index ${this.pos}`;
  }

  private fail(message: string): never {
    throw new PathSyntaxError(message);
  }
}
