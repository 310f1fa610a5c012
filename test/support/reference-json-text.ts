/**
 * The pact-file JSON writer as it was before native `JSON.stringify` and cached interaction texts
 * (src/contract/json-text.ts at commit 290a545), kept verbatim as the oracle the tests compare the
 * faster writer with: the files seam writes must not change by one byte.
 *
 * Original header: JSON serialisation without recursion. `JSON.stringify` overflows the stack on values nested a few
 * thousand levels deep, which `JSON.parse` reads fine; pact bodies come from files, so seam must
 * write back whatever it read.
 */

/** Nesting depth after which indented output continues compact. */
export const maxIndentDepth = 64;

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
 * undefined are left out, as `JSON.stringify` does; other non-JSON values are written as `null`.
 * With `indent`, levels deeper than {@link maxIndentDepth} are written compact.
 *
 * @example
 * stringifyJson({ a: [1, 'x'] }); // '{"a":[1,"x"]}'
 * stringifyJson({ a: 1 }, 2); // '{\n  "a": 1\n}'
 */
export function referenceStringifyJson(value: unknown, indent = 0): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  // Past maxIndentDepth levels the text goes on compact, so a deep value does not cost quadratic space.
  const newline = (depth: number) =>
    indent > 0 && depth <= maxIndentDepth ? `\n${' '.repeat(indent * depth)}` : '';
  const colon = indent > 0 ? ': ' : ':';
  const open = (item: unknown, depth: number): void => {
    if (Array.isArray(item)) {
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
  open(value, 0);
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
