/**
 * Headers whose values carry parameters (Content-Type, Accept): the base values must be equal; every
 * expected parameter must be present with the same value (case ignored); extra actual parameters
 * such as `charset` or `q` are tolerated.
 */

/** Headers compared this way. */
export const PARAMETERISED_HEADERS: ReadonlySet<string> = new Set(['accept', 'content-type']);

function parameters(parts: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq >= 0) map.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return map;
}

const split = (value: string): string[] =>
  value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * The failure messages comparing a parameterised value (empty when it matches).
 *
 * @example
 * matchParameterHeader('application/json;charset=UTF-8', 'application/json', 'content-type', 'header', 0, true);
 * // ["Expected header 'content-type' to have value 'application/json;charset=UTF-8' but was 'application/json'"]
 */
export function matchParameterHeader(
  expected: string,
  actual: string,
  name: string,
  valueType: string,
  index: number,
  singleValue: boolean,
): string[] {
  const [expectedBase = '', ...expectedParts] = split(expected);
  const [actualBase = '', ...actualParts] = split(actual);
  const message = singleValue
    ? `Expected ${valueType} '${name}' to have value '${expected}' but was '${actual}'`
    : `Expected ${valueType} '${name}' at index ${index} to have value '${expected}' but was '${actual}'`;
  if (expectedBase !== actualBase) return [message];
  const actualParameters = parameters(actualParts);
  const failures: string[] = [];
  for (const [key, value] of parameters(expectedParts)) {
    const actualValue = actualParameters.get(key);
    if (actualValue === undefined || actualValue.toLowerCase() !== value.toLowerCase())
      failures.push(message);
  }
  return failures;
}
