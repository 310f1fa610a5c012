/**
 * JSON paths for locations in pact files (`$.interactions[2].request.method`) and a tokenizer for
 * the rule keys found in them (`$.body.items[*].id`, `$.headers['Content-Type']`).
 */

const identifier = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Appends a key or an index to a location (`pact.json: $.a` + `b` → `pact.json: $.a.b`).
 *
 * @example
 * childPath('$.interactions', 2); // '$.interactions[2]'
 * childPath('$.headers', 'Content-Type'); // '$.headers.Content-Type'
 * childPath('$.headers', 'a b'); // "$.headers['a b']"
 */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return identifier.test(key) ? `${base}.${key}` : `${base}['${key.replaceAll("'", "\\'")}']`;
}

/** One step of a rule path: a field name, an index, or a wildcard. */
export type PathToken =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'star' };

/**
 * Splits a rule path into tokens; `undefined` when it is not a path (it must start with `$`).
 *
 * @example
 * tokenizePath("$.headers['Content-Type']");
 * // [{ kind: 'field', name: 'headers' }, { kind: 'field', name: 'Content-Type' }]
 */
export function tokenizePath(path: string): PathToken[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const tokens: PathToken[] = [];
  let at = 1;
  while (at < path.length) {
    const step = readStep(path, at);
    if (step === undefined) return undefined;
    tokens.push(step.token);
    at = step.next;
  }
  return tokens;
}

function readStep(path: string, at: number): { token: PathToken; next: number } | undefined {
  if (path[at] === '.') {
    const match = /^[^.[\]]+/.exec(path.slice(at + 1));
    if (match === null) return undefined;
    const name = match[0];
    return { token: name === '*' ? { kind: 'star' } : { kind: 'field', name }, next: at + 1 + name.length };
  }
  if (path[at] !== '[') return undefined;
  const close = path.indexOf(']', at);
  if (close < 0) return undefined;
  const inner = path.slice(at + 1, close);
  if (inner === '*') return { token: { kind: 'star' }, next: close + 1 };
  if (/^\d+$/.test(inner)) return { token: { kind: 'index', index: Number(inner) }, next: close + 1 };
  const quoted = /^'(.*)'$|^"(.*)"$/.exec(inner);
  if (quoted === null) return undefined;
  return { token: { kind: 'field', name: quoted[1] ?? quoted[2] ?? '' }, next: close + 1 };
}
