/**
 * JSON decoding and encoding for bodies. Decoding uses the native parser when the text holds nothing
 * it would get wrong (whole decimals such as `1.0`, integers beyond 2^53; see json-native-check) and
 * the iterative parser otherwise; encoding is compact with sorted keys, as the Pact reference prints
 * values.
 */

import { nativeParseMayDiffer } from './json-native-check.ts';
import { type JsonParseResult, parseJsonText } from './json-parser.ts';
import { isJsonObject, JsonFloat, type JsonValue, sortedKeys } from './json-value.ts';

/**
 * Parses JSON text; never throws.
 *
 * @example
 * parseJson('{"a": 1}'); // { ok: true, value: { a: 1 } }
 * parseJson('{'); // { ok: false, error: 'EOF while parsing an object at line 1 column 1' }
 */
export function parseJson(text: string): JsonParseResult {
  if (!nativeParseMayDiffer(text)) {
    try {
      return { ok: true, value: JSON.parse(text) as JsonValue };
    } catch {
      // fall through: the iterative parser words the error
    }
  }
  return parseJsonText(text);
}

/**
 * Formats a JSON number as serde_json does (`100`, `1.5`, `100.0`, `1e21`).
 *
 * @example
 * formatJsonNumber(new JsonFloat(100)); // '100.0'
 */
export function formatJsonNumber(value: number | bigint | JsonFloat): string {
  if (typeof value === 'bigint') return String(value);
  const number = value instanceof JsonFloat ? value.value : value;
  const text = String(number).replace('e+', 'e');
  if (value instanceof JsonFloat && !/[.e]/.test(text)) return `${text}.0`;
  return text;
}

class Raw {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

type Piece = JsonValue | Raw;

const OPEN_ARRAY = new Raw('[');
const CLOSE_ARRAY = new Raw(']');
const OPEN_OBJECT = new Raw('{');
const CLOSE_OBJECT = new Raw('}');
const COMMA = new Raw(',');

/**
 * Compact JSON with object keys sorted, built without recursion.
 *
 * @example
 * stringifyJson({ b: [1, 'x'], a: null }); // '{"a":null,"b":[1,"x"]}'
 */
export function stringifyJson(value: JsonValue): string {
  const out: string[] = [];
  const stack: Piece[] = [value];
  while (stack.length > 0) {
    const item = stack.pop() as Piece;
    if (item instanceof Raw) out.push(item.text);
    else if (Array.isArray(item)) pushArray(item, stack);
    else if (isJsonObject(item)) pushObject(item, stack);
    else out.push(scalarText(item));
  }
  return out.join('');
}

function pushArray(items: readonly JsonValue[], stack: Piece[]): void {
  stack.push(CLOSE_ARRAY);
  for (let i = items.length - 1; i >= 0; i--) {
    stack.push(items[i] as JsonValue);
    if (i > 0) stack.push(COMMA);
  }
  stack.push(OPEN_ARRAY);
}

function pushObject(object: Readonly<Record<string, JsonValue>>, stack: Piece[]): void {
  const keys = sortedKeys(object);
  stack.push(CLOSE_OBJECT);
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
    stack.push(object[key] as JsonValue);
    stack.push(new Raw(`${JSON.stringify(key)}:`));
    if (i > 0) stack.push(COMMA);
  }
  stack.push(OPEN_OBJECT);
}

function scalarText(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  return formatJsonNumber(value as number | bigint | JsonFloat);
}
