/** The identity of pact content: a SHA-256 of its normalised JSON (keys sorted, no whitespace). */
import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of `json` normalised: object keys sorted at every level, no insignificant
 * whitespace, so the same pact written two ways shares one stored content.
 *
 * @example
 * contentSha({ b: 1, a: 2 }) === contentSha({ a: 2, b: 1 }); // true
 */
export function contentSha(json: unknown): string {
  return createHash('sha256').update(normalisedJson(json)).digest('hex');
}

function normalisedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(normalisedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${normalisedJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
