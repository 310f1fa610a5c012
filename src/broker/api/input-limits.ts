/**
 * Input the broker refuses before it reaches the store: a NUL character in a name (PostgreSQL
 * cannot store one in text) and JSON nested deeper than the Pact Broker accepts.
 */

/**
 * The deepest JSON nesting accepted in a request body or a pact: 50, the Pact Broker's
 * `max_nesting` (its `PACT_PARSING_OPTIONS`).
 *
 * @example
 * if (jsonNesting(body) > maxJsonNesting) throw new BodyError(400, 'nested too deeply');
 */
export const maxJsonNesting = 50;

/**
 * The validation message for a name holding a NUL character.
 *
 * @example
 * validationResponse({ pacticipantName: [nulMessage] });
 */
export const nulMessage = 'cannot contain a NUL character (\\u0000)';

// Parts of a body that hold free-form data, stored as JSON text: a NUL there is data, not a name.
const freeForm = new Set(['interactions', 'messages', 'metadata', 'testResults', 'request']);

/**
 * Validation errors for the named values (path parameters, query parameters) holding a NUL, or
 * `undefined` when none does.
 *
 * @example
 * nulErrors([['consumer', 'we\u0000b']]); // { consumer: ['cannot contain a NUL character (\\u0000)'] }
 */
export function nulErrors(
  entries: Iterable<readonly [string, string]>,
): Record<string, string[]> | undefined {
  const errors: Record<string, string[]> = {};
  for (const [name, value] of entries)
    if (name.includes('\u0000') || value.includes('\u0000'))
      errors[name.replaceAll('\u0000', '\\u0000')] = [nulMessage];
  return Object.keys(errors).length === 0 ? undefined : errors;
}

/**
 * How deeply a parsed JSON value nests (a scalar 0, `[]` 1), counting no further than `limit + 1`.
 * Iterative, so a hostile depth cannot overflow the stack.
 *
 * @example
 * jsonNesting([[1]]); // 2
 */
export function jsonNesting(value: unknown, limit = maxJsonNesting): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * The path (`tags[0]`, `contracts[1].providerName`) of the first key or string in a parsed body
 * that holds a NUL, outside the free-form parts (pact interactions, messages and metadata,
 * verification test results, webhook requests); `undefined` when there is none.
 *
 * @example
 * nulPath({ tags: ['pr\u0000d'] }); // 'tags[0]'
 */
export function nulPath(value: unknown): string | undefined {
  const pending: [unknown, string][] = [[value, '']];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item === 'string' && item.includes('\u0000')) return path === '' ? 'body' : path;
    if (item === null || typeof item !== 'object') continue;
    for (const [key, child] of Object.entries(item)) {
      const childPath = Array.isArray(item) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
      if (key.includes('\u0000')) return childPath.replaceAll('\u0000', '\\u0000');
      if (!(freeForm.has(key) && !Array.isArray(item))) pending.push([child, childPath]);
    }
  }
  return undefined;
}
