/** The issues a pact validation reports, and the helpers that record them. */

import { isPlainObject } from '../../core/index.ts';
import { describeValue, type JsonRecord, jsonTypeName } from '../json/untyped-json.ts';
import { childPath } from '../pact-json/location-path.ts';

/**
 * What kind of problem an issue is.
 *
 * @example
 * const code: ValidationIssueCode = 'unknown-field';
 */
export type ValidationIssueCode = 'required' | 'type' | 'unknown-field' | 'value' | 'format' | 'too-deep';

/**
 * One problem in a pact file, at a JSON path such as `$.interactions[2].request.method`.
 *
 * @example
 * const issue: ValidationIssue = { code: 'value', path: '$.interactions[0].response.status',
 *   expected: 'a whole number from 100 to 599', actual: 600, message: 'expected an HTTP status code …' };
 */
export interface ValidationIssue {
  readonly code: ValidationIssueCode;
  readonly path: string;
  /** What the path should hold, in words (`a string`, `one of AND, OR`). */
  readonly expected: string;
  /** What it holds: the value for scalars, a short description for objects and arrays. */
  readonly actual: unknown;
  readonly message: string;
}

/** Where issues are collected while walking a file. */
export type Issues = ValidationIssue[];

/** The value to report as `actual`: scalars as they are, containers described. */
export function actualOf(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (Array.isArray(value) || isPlainObject(value)) return describeValue(value);
  return value;
}

/** Records an issue. */
export function report(
  issues: Issues,
  code: ValidationIssueCode,
  path: string,
  expected: string,
  actual: unknown,
  message: string,
): void {
  issues.push({ code, path, expected, actual: actualOf(actual), message });
}

/** Records a wrong-type issue: `expected a string, got 42 (number)`. */
export function reportType(issues: Issues, path: string, expected: string, actual: unknown): void {
  report(issues, 'type', path, expected, actual, `expected ${expected}, got ${describeValue(actual)}`);
}

/** Checks that `json[key]` is present; records `required` when it is not. */
export function requireField(
  issues: Issues,
  json: JsonRecord,
  key: string,
  path: string,
  expected: string,
): boolean {
  if (json[key] !== undefined) return true;
  report(issues, 'required', childPath(path, key), expected, undefined, `"${key}" is required (${expected})`);
  return false;
}

/** Records an `unknown-field` issue for every key of `json` not in `allowed`. */
export function rejectUnknownFields(
  issues: Issues,
  json: JsonRecord,
  allowed: ReadonlySet<string>,
  path: string,
  what: string,
): void {
  for (const key of Object.keys(json)) {
    if (allowed.has(key)) continue;
    report(
      issues,
      'unknown-field',
      childPath(path, key),
      `one of the fields of ${what}: ${[...allowed].join(', ')}`,
      key,
      `unknown field "${key}" in ${what} (allowed: ${[...allowed].join(', ')})`,
    );
  }
}

/** Checks an optional string field. */
export function checkString(issues: Issues, json: JsonRecord, key: string, path: string): void {
  const value = json[key];
  if (value !== undefined && typeof value !== 'string')
    reportType(issues, childPath(path, key), 'a string', value);
}

/** Checks an optional object field; returns the object when it is one. */
export function checkObject(
  issues: Issues,
  json: JsonRecord,
  key: string,
  path: string,
): JsonRecord | undefined {
  const value = json[key];
  if (value === undefined) return undefined;
  if (isPlainObject(value)) return value;
  reportType(issues, childPath(path, key), 'an object', value);
  return undefined;
}

/** The JSON type name, for messages. */
export { jsonTypeName };
