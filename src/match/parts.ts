/**
 * Matching one part at a time, for the mock server, verifier and broker: a body, headers, query,
 * path, status, metadata or a JSON value, each with the rules of the expected side.
 */
import type { JsonValue } from '../core/index.ts';
import { compareJson } from './body/json-walker.ts';
import { compareHttpBodies } from './body/match-body.ts';
import { categoryContext } from './contexts.ts';
import { guarded } from './guarded.ts';
import { matchHeaderMaps } from './headers.ts';
import { compareMetadata } from './metadata.ts';
import type { Body, Headers, MatchingRules, MatchResult, Query, RuleList } from './model.ts';
import { type MatchOptions, specOf } from './options.ts';
import { matchQueryMaps } from './query.ts';
import { compareMethods, comparePaths } from './request-line.ts';
import { compileRules } from './rule-selection.ts';
import { compareStatuses } from './status.ts';

/** Options for part matching: the expected side's rules, and Postel's law (default: strict, as for requests). */
export interface PartMatchOptions extends MatchOptions {
  readonly rules?: MatchingRules;
  readonly allowUnexpectedKeys?: boolean;
}

const allow = (options: PartMatchOptions | undefined) => options?.allowUnexpectedKeys ?? false;

/**
 * Compares two bodies, typed by their headers (or declared type, or content).
 *
 * @example
 * matchBody({ body: expectedBody, headers }, { body: actualBody, headers }, { allowUnexpectedKeys: true }).ok;
 */
export function matchBody(
  expected: { readonly body: Body; readonly headers?: Headers | undefined },
  actual: { readonly body: Body; readonly headers?: Headers | undefined },
  options?: PartMatchOptions,
): MatchResult {
  const spec = specOf(options);
  const context = categoryContext(options?.rules, 'body', allow(options), spec);
  return guarded(() =>
    compareHttpBodies(expected, actual, context, categoryContext(options?.rules, 'header', false, spec)),
  );
}

/**
 * Compares headers: expected ones must be present, names without case, values by rules or equality.
 *
 * @example
 * matchHeaders({ Accept: ['application/json'] }, { accept: ['application/json'] }).ok; // true
 */
export function matchHeaders(
  expected: Headers | undefined,
  actual: Headers | undefined,
  options?: PartMatchOptions,
): MatchResult {
  const context = categoryContext(options?.rules, 'header', false, specOf(options));
  return guarded(() => matchHeaderMaps(expected, actual, context));
}

/**
 * Compares query parameter maps.
 *
 * @example
 * matchQuery({ a: ['1'] }, { a: ['2'] }).issues[0]?.message; // "Expected query parameter 'a' with value '1' but was '2'"
 */
export function matchQuery(
  expected: Query | undefined,
  actual: Query | undefined,
  options?: PartMatchOptions,
): MatchResult {
  const context = categoryContext(options?.rules, 'query', false, specOf(options));
  return guarded(() => matchQueryMaps(expected, actual, context));
}

/**
 * Compares request paths.
 *
 * @example
 * matchPath('/orders/1', '/orders/2', { rules: { path: { $: { rules: [{ match: 'regex', regex: '^/orders/\\d+$' }], combine: 'AND' } } } }).ok; // true
 */
export function matchPath(expected: string, actual: string, options?: PartMatchOptions): MatchResult {
  const context = categoryContext(options?.rules, 'path', false, specOf(options));
  return guarded(() => comparePaths(expected, actual, context));
}

/**
 * Compares request methods, without case.
 *
 * @example
 * matchMethod('GET', 'get').ok; // true
 */
export function matchMethod(expected: string, actual: string): MatchResult {
  return guarded(() => compareMethods(expected, actual));
}

/**
 * Compares response statuses.
 *
 * @example
 * matchStatus(200, 201, { rules: { status: { $: { rules: [{ match: 'statusCode', status: 'success' }], combine: 'AND' } } } }).ok; // true
 */
export function matchStatus(expected: number, actual: number, options?: PartMatchOptions): MatchResult {
  const context = categoryContext(options?.rules, 'status', true, specOf(options));
  return guarded(() => compareStatuses(expected, actual, context));
}

/**
 * Compares message metadata.
 *
 * @example
 * matchMetadata({ Origin: 'AAA-1' }, { Origin: 'AAA-1', extra: true }).ok; // true
 */
export function matchMetadata(
  expected: Readonly<Record<string, unknown>> | undefined,
  actual: Readonly<Record<string, unknown>> | undefined,
  options?: PartMatchOptions,
): MatchResult {
  const context = categoryContext(options?.rules, 'metadata', true, specOf(options));
  return guarded(() => compareMetadata(expected, actual, context));
}

/**
 * Compares two parsed JSON values with body rules keyed by JSON path.
 *
 * @example
 * matchJson({ a: 1 }, { a: 'x' }, { rules: { '$.a': { rules: [{ match: 'type' }], combine: 'AND' } } }).ok; // false: 'x' is not a number
 */
export function matchJson(
  expected: JsonValue,
  actual: JsonValue,
  options?: MatchOptions & {
    readonly rules?: Readonly<Record<string, RuleList>>;
    readonly allowUnexpectedKeys?: boolean;
  },
): MatchResult {
  const context = {
    rules: compileRules(options?.rules, 'path'),
    allowUnexpectedKeys: allow(options),
    spec: specOf(options),
  };
  return guarded(() => compareJson(context, expected, actual));
}
