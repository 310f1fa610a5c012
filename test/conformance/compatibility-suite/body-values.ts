/**
 * Reading one value out of a JSON body by a simple JSON path (`$.one`, `$.a[0]`, `$['b c']`), and
 * printing it as the reference's `json_to_string` does (strings raw, everything else as JSON).
 */
import { isPlainObject } from '../../../src/core/index.ts';
import type { Body } from '../../../src/match/model.ts';

/** The JSON a body holds; throws when the body is absent or not JSON. */
export function bodyJson(body: Body | undefined, what: string): unknown {
  if (body?.state !== 'present') throw new Error(`The ${what} body is ${body?.state ?? 'not set'}, not JSON`);
  return JSON.parse(new TextDecoder().decode(body.content));
}

/** Splits `$.a['b'][0]` into `['a', 'b', 0]`; `*` is refused (a step names one value). */
export function parsePath(path: string): (string | number)[] {
  if (!path.startsWith('$')) throw new Error(`JSON path "${path}" does not start with $`);
  const tokens: (string | number)[] = [];
  const pattern = /\.([^.[\]]+)|\['([^']*)'\]|\[(\d+)\]/y;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < path.length) {
    const found = pattern.exec(path);
    if (found === null) throw new Error(`JSON path "${path}" is not a plain path`);
    const [, field, quoted, index] = found;
    if (index !== undefined) tokens.push(Number(index));
    else tokens.push(field ?? quoted ?? '');
  }
  if (tokens.includes('*')) throw new Error(`JSON path "${path}" names more than one value`);
  return tokens;
}

/** The value at `path` in `json`, or undefined when the path leads nowhere. */
export function valueAt(json: unknown, path: string): unknown {
  let value = json;
  for (const token of parsePath(path)) {
    if (typeof token === 'number' && Array.isArray(value)) value = value[token];
    else if (typeof token === 'string' && isPlainObject(value)) value = value[token];
    else return undefined;
  }
  return value;
}

/** A JSON value as text: strings as they are, anything else as JSON. */
export function jsonToString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
