/**
 * Input the broker refuses before it reaches the store: a NUL character (PostgreSQL cannot store
 * one in text), a name longer than the Pact Broker's 255 characters (PostgreSQL cannot index a long
 * one), and JSON nested deeper than the Pact Broker accepts.
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
 * The longest name accepted (pacticipant, version, branch, tag, environment...): 255 characters,
 * the Pact Broker's name columns.
 *
 * @example
 * if (name.length > maxNameLength) return validationResponse({ name: [longNameMessage] });
 */
export const maxNameLength = 255;

/**
 * The validation message for a name holding a NUL character.
 *
 * @example
 * validationResponse({ pacticipantName: [nulMessage] });
 */
export const nulMessage = 'cannot contain a NUL character (\\u0000)';

/**
 * The validation message for a name over {@link maxNameLength}.
 *
 * @example
 * validationResponse({ tag: [longNameMessage] });
 */
export const longNameMessage = `is longer than ${maxNameLength} characters, the longest name the broker takes (as the Pact Broker)`;

// Parts of a body that hold free-form data, stored as JSON text: a NUL there is data, not a name.
const freeForm = new Set(['interactions', 'messages', 'metadata', 'testResults', 'request']);

// Body fields that hold names (alone, in a list, or as `{ name }`), bounded by maxNameLength.
const nameFields = new Set([
  'applicationInstance',
  'branch',
  'consumer',
  'consumerName',
  'environment',
  'fallbackBranch',
  'fallbackTag',
  'mainBranch',
  'name',
  'pacticipant',
  'pacticipantName',
  'pacticipantVersionNumber',
  'provider',
  'providerApplicationVersion',
  'providerName',
  'providerVersionBranch',
  'providerVersionTags',
  'tag',
  'tags',
  'version',
]);

/**
 * What is wrong with a name, or `undefined` when it may be stored.
 *
 * @example
 * nameProblem('we\u0000b'); // 'cannot contain a NUL character (\\u0000)'
 */
export function nameProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return nulMessage;
  return value.length > maxNameLength ? longNameMessage : undefined;
}

/**
 * Validation errors for the named values (path and query parameters: all of them names, versions,
 * tags or identifiers) that hold a NUL or are too long, or `undefined` when none does.
 *
 * @example
 * nameErrors([['consumer', 'we\u0000b']]); // { consumer: ['cannot contain a NUL character (\\u0000)'] }
 */
export function nameErrors(
  entries: Iterable<readonly [string, string]>,
): Record<string, string[]> | undefined {
  const errors: Record<string, string[]> = {};
  for (const [name, value] of entries) {
    const problem = name.includes('\u0000') ? nulMessage : nameProblem(value);
    if (problem !== undefined) errors[name.replaceAll('\u0000', '\\u0000')] = [problem];
  }
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
 * The first problem with the names in a parsed body, with its path (`tags[0]`,
 * `contracts[1].providerName`): a key or string holding a NUL outside the free-form parts (pact
 * interactions, messages and metadata, verification test results, webhook requests), or a name
 * field over {@link maxNameLength}; `undefined` when there is none.
 *
 * @example
 * bodyNameProblem({ tags: ['pr\u0000d'] }); // { path: 'tags[0]', message: 'cannot contain a NUL character (\\u0000)' }
 */
export function bodyNameProblem(value: unknown): { path: string; message: string } | undefined {
  const pending: [unknown, string, boolean][] = [[value, '', false]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, path, isName] = next;
    if (typeof item === 'string') {
      const message = isName ? nameProblem(item) : item.includes('\u0000') ? nulMessage : undefined;
      if (message !== undefined) return { path: path === '' ? 'body' : path, message };
    }
    if (item === null || typeof item !== 'object') continue;
    const list = Array.isArray(item);
    for (const [key, child] of Object.entries(item)) {
      const childPath = list ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
      if (key.includes('\u0000'))
        return { path: childPath.replaceAll('\u0000', '\\u0000'), message: nulMessage };
      if (!list && freeForm.has(key)) continue;
      pending.push([child, childPath, list ? isName : nameFields.has(key)]);
    }
  }
  return undefined;
}
