/**
 * Header values as the reference reads them: known multi-value headers (Accept, Cache-Control, …)
 * split on commas, every value trimmed; names compared without case.
 */
import type { Headers } from './model.ts';

const MULTI_VALUE_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'access-control-allow-headers',
  'access-control-allow-methods',
  'access-control-expose-headers',
  'access-control-request-headers',
  'allow',
  'cache-control',
  'if-match',
  'if-none-match',
  'vary',
]);

/**
 * The values of one header, split and trimmed.
 *
 * @example
 * splitHeaderValues('Accept', ['text/html, application/xml;q=0.9']); // ['text/html', 'application/xml;q=0.9']
 */
export function splitHeaderValues(name: string, values: readonly string[]): string[] {
  const multi = MULTI_VALUE_HEADERS.has(name.toLowerCase());
  return values.flatMap((value) => (multi ? value.split(',').map((v) => v.trim()) : [value.trim()]));
}

/**
 * Finds a header by name, ignoring case; its values split and trimmed.
 *
 * @example
 * findHeader({ 'content-type': ['text/plain'] }, 'Content-Type'); // ['text/plain']
 */
export function findHeader(headers: Headers | undefined, name: string): string[] | undefined {
  if (headers === undefined) return undefined;
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === lower) return splitHeaderValues(key, headers[key] ?? []);
  }
  return undefined;
}

/**
 * The raw value of a header (values joined with `, `), ignoring case in the name.
 *
 * @example
 * headerText({ 'Content-Type': ['application/json'] }, 'content-type'); // 'application/json'
 */
export function headerText(headers: Headers | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === lower) return (headers[key] ?? []).join(', ');
  }
  return undefined;
}
