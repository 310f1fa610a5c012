/**
 * JSON serialisation without recursion. `JSON.stringify` overflows the stack on values nested a few
 * thousand levels deep, which `JSON.parse` reads fine; pact bodies come from files, so seam must
 * write back whatever it read. Plain, shallow values (nearly all) take native `JSON.stringify`,
 * which writes the same text several times faster.
 */
import { isNativeJsonSafe } from './native-json.ts';

/** Nesting depth after which indented output continues compact. */
export const maxIndentDepth = 64;

/** Deepest value written compact by native `JSON.stringify`; deeper ones take the loop below. */
const maxNativeCompactDepth = 256;

/**
 * JSON text to put into {@link stringifyJson}'s output as it is, already formatted for the depth
 * where it goes (so a pact file can be written from the cached text of its interactions).
 *
 * @example
 * stringifyJson({ a: new RawJson('[1]') }); // '{"a":[1]}'
 */
export class RawJson {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

type Frame =
  | { readonly kind: 'array'; readonly items: readonly unknown[]; next: number; readonly depth: number }
  | {
      readonly kind: 'object';
      readonly entries: ReadonlyArray<[string, unknown]>;
      next: number;
      readonly depth: number;
    };

/**
 * Serialises a JSON value like `JSON.stringify(value, null, indent)` (for values made of objects,
 * arrays, strings, finite numbers, booleans and null), at any depth. Object entries whose value is
 * undefined are left out, as `JSON.stringify` does; other non-JSON values are written as `null`;
 * {@link RawJson} values are written as their text. With `indent`, levels deeper than
 * {@link maxIndentDepth} are written compact. `depth` is where the value sits in a larger
 * document: its lines are indented for that level.
 *
 * @example
 * stringifyJson({ a: [1, 'x'] }); // '{"a":[1,"x"]}'
 * stringifyJson({ a: 1 }, 2); // '{\n  "a": 1\n}'
 * stringifyJson({ a: 1 }, 2, 1); // '{\n    "a": 1\n  }'
 */
export function stringifyJson(value: unknown, indent = 0, depth = 0): string {
  return stringifyNative(value, indent, depth) ?? stringifyLoop(value, indent, depth);
}

/**
 * Native `JSON.stringify` when it writes exactly what the loop would: plain data only (no
 * `toJSON`, functions, bigints, class instances, {@link RawJson}), and, indented, no level past
 * {@link maxIndentDepth}, where the loop goes compact.
 */
function stringifyNative(value: unknown, indent: number, depth: number): string | undefined {
  if (value === undefined) return undefined;
  const limit = indent > 0 ? maxIndentDepth - 1 - depth : maxNativeCompactDepth;
  if (!isNativeJsonSafe(value, limit)) return undefined;
  try {
    const text = JSON.stringify(value, null, indent);
    return indent > 0 && depth > 0 ? text.replaceAll('\n', `\n${' '.repeat(indent * depth)}`) : text;
  } catch {
    return undefined; // out of stack in an already deep call: the loop needs none
  }
}

function stringifyLoop(value: unknown, indent: number, depth: number): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  // Past maxIndentDepth levels the text goes on compact, so a deep value does not cost quadratic space.
  const newline = (depth: number) =>
    indent > 0 && depth <= maxIndentDepth ? `\n${' '.repeat(indent * depth)}` : '';
  const colon = indent > 0 ? ': ' : ':';
  const open = (item: unknown, depth: number): void => {
    if (item instanceof RawJson) out.push(item.text);
    else if (Array.isArray(item)) {
      if (item.length === 0) out.push('[]');
      else {
        out.push('[');
        stack.push({ kind: 'array', items: item, next: 0, depth });
      }
    } else if (typeof item === 'object' && item !== null) {
      const entries = Object.entries(item).filter(([, v]) => v !== undefined);
      if (entries.length === 0) out.push('{}');
      else {
        out.push('{');
        stack.push({ kind: 'object', entries, next: 0, depth });
      }
    } else out.push(scalar(item));
  };
  open(value, depth);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const length = frame.kind === 'array' ? frame.items.length : frame.entries.length;
    if (frame.next >= length) {
      stack.pop();
      out.push(newline(frame.depth), frame.kind === 'array' ? ']' : '}');
      continue;
    }
    if (frame.next > 0) out.push(',');
    out.push(newline(frame.depth + 1));
    const index = frame.next++;
    if (frame.kind === 'array') open(frame.items[index], frame.depth + 1);
    else {
      const [key, item] = frame.entries[index] as [string, unknown];
      out.push(JSON.stringify(key), colon);
      open(item, frame.depth + 1);
    }
  }
  return out.join('');
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  return 'null';
}
