/**
 * An iterative JSON parser (explicit stack, so nesting depth is bounded only by memory) that keeps
 * the Integer/Decimal distinction and big integers. Used when `JSON.parse` would lose information,
 * and to word parse errors the way serde_json does (`expected value at line 1 column 1`).
 */
import { JsonFloat, type JsonValue } from './json-value.ts';

/** A parse outcome: the value, or the error message. */
export type JsonParseResult =
  | { readonly ok: true; readonly value: JsonValue }
  | { readonly ok: false; readonly error: string };

interface Container {
  readonly value: JsonValue[] | Record<string, JsonValue>;
  key: string | undefined;
}

const U64_MAX = 18446744073709551615n;
const I64_MIN = -9223372036854775808n;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class JsonSyntaxError extends Error {}

/**
 * Parses JSON text without recursion.
 *
 * @example
 * parseJsonText('[1.0, 2]'); // { ok: true, value: [JsonFloat(1), 2] }
 */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: new Parser(text).parse() };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}

class Parser {
  private readonly text: string;
  private pos = 0;
  private readonly stack: Container[] = [];

  constructor(text: string) {
    this.text = text;
  }

  parse(): JsonValue {
    let result: JsonValue | undefined;
    for (;;) {
      this.skipWhitespace();
      const value = this.parseValueOrOpen();
      if (value === undefined) continue;
      result = this.attach(value);
      while (result === undefined && this.closeOrSeparate()) {
        const done = this.stack.pop() as Container;
        result = this.attach(done.value);
      }
      if (result !== undefined) break;
    }
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail('trailing characters');
    return result;
  }

  /** Adds a finished value to the open container; returns it when it is the top-level value. */
  private attach(value: JsonValue): JsonValue | undefined {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return value;
    if (Array.isArray(top.value)) top.value.push(value);
    else (top.value as Record<string, JsonValue>)[top.key as string] = value;
    return undefined;
  }

  /** After a value inside a container: `,` continues (false), `]`/`}` closes (true). */
  private closeOrSeparate(): boolean {
    const top = this.stack[this.stack.length - 1] as Container;
    this.skipWhitespace();
    const ch = this.text[this.pos];
    const isArray = Array.isArray(top.value);
    if (ch === (isArray ? ']' : '}')) {
      this.pos++;
      return true;
    }
    if (ch !== ',')
      this.fail(
        ch === undefined
          ? `EOF while parsing ${isArray ? 'a list' : 'an object'}`
          : `expected \`,\` or \`${isArray ? ']' : '}'}\``,
      );
    this.pos++;
    if (!isArray) this.readKey(top);
    return false;
  }

  private parseValueOrOpen(): JsonValue | undefined {
    const ch = this.text[this.pos];
    if (ch === '[') return this.open([], ']');
    if (ch === '{') return this.open(Object.create(null) as Record<string, JsonValue>, '}');
    if (ch === '"') return this.readString();
    if (ch === 't') return this.literal('true', true);
    if (ch === 'f') return this.literal('false', false);
    if (ch === 'n') return this.literal('null', null);
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.readNumber();
    return this.fail(ch === undefined ? 'EOF while parsing a value' : 'expected value');
  }

  /** Opens a container; an empty one is returned at once as a finished value. */
  private open(value: JsonValue[] | Record<string, JsonValue>, close: string): JsonValue | undefined {
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === close) {
      this.pos++;
      return value;
    }
    const container: Container = { value, key: undefined };
    this.stack.push(container);
    if (close === '}') this.readKey(container);
    return undefined;
  }

  private readKey(container: Container): void {
    this.skipWhitespace();
    if (this.text[this.pos] !== '"')
      this.fail(this.pos >= this.text.length ? 'EOF while parsing an object' : 'key must be a string');
    container.key = this.readString();
    this.skipWhitespace();
    if (this.text[this.pos] !== ':')
      this.fail(this.pos >= this.text.length ? 'EOF while parsing an object' : 'expected `:`');
    this.pos++;
    this.skipWhitespace();
  }

  private readString(): string {
    const start = ++this.pos;
    const end = this.text.indexOf('"', start);
    const chunk = end < 0 ? '' : this.text.slice(start, end);
    if (end >= 0 && !chunk.includes('\\') && !hasControlCharacter(chunk)) {
      this.pos = end + 1;
      return chunk;
    }
    return this.readEscapedString(start);
  }

  private readEscapedString(start: number): string {
    let end = start;
    for (;;) {
      const ch = this.text[end];
      if (ch === undefined) {
        this.pos = end;
        return this.fail('EOF while parsing a string');
      }
      if (ch === '"') break;
      if (ch < ' ') {
        this.pos = end;
        return this.fail('control character (\\u0000-\\u001F) found while parsing a string');
      }
      end += ch === '\\' ? 2 : 1;
    }
    this.pos = end + 1;
    try {
      return JSON.parse(this.text.slice(start - 1, end + 1)) as string;
    } catch {
      this.pos = start;
      return this.fail('invalid escape');
    }
  }

  private readNumber(): JsonValue {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null) return this.fail('invalid number');
    const literal = match[0];
    this.pos += literal.length;
    return numberFromLiteral(literal);
  }

  private literal(word: string, value: JsonValue): JsonValue {
    if (!this.text.startsWith(word, this.pos)) this.fail('expected ident');
    this.pos += word.length;
    return value;
  }

  private skipWhitespace(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (ch !== 0x20 && ch !== 0x0a && ch !== 0x0d && ch !== 0x09) break;
      pos++;
    }
    this.pos = pos;
  }

  private fail(message: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    const column = this.pos - before.lastIndexOf('\n');
    throw new JsonSyntaxError(`${message} at line ${line} column ${column}`);
  }
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/**
 * The value of a JSON number literal, keeping whole decimals and big integers distinct.
 *
 * @example
 * numberFromLiteral('1.0'); // JsonFloat(1)
 */
export function numberFromLiteral(literal: string): JsonValue {
  if (/[.eE]/.test(literal)) {
    const value = Number(literal);
    return Number.isInteger(value) ? new JsonFloat(value) : value;
  }
  const value = Number(literal);
  if (Number.isSafeInteger(value)) return value;
  const big = BigInt(literal);
  if (big > U64_MAX || big < I64_MIN) return new JsonFloat(value);
  return big;
}
