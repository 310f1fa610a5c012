/**
 * JSON paths for locations in pact files (`$.interactions[2].request.method`), used in error
 * messages. Rule keys inside pact files are parsed by the engine's `parseJsonPath`.
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
