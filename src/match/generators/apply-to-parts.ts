/**
 * Applying generators to the named and single parts of requests, responses and messages, as the
 * Rust core's `generate_request`/`generate_response`/`generate_message`: a header takes one
 * generated value (added when absent); each value of a query parameter is generated (the parameter
 * is added when absent); metadata values are generated as JSON (added when absent).
 */
import { setOwn } from '../../core/index.ts';
import { parseJsonPath } from '../json-path.ts';
import type { Headers, Query } from '../model.ts';
import type { GeneratorContext } from './context.ts';
import { attempt, attemptText, reportIssue, type Target } from './targets.ts';

/** The header, parameter or metadata name a key gives: `X-Id`, or `$['X-Id']` / `$.id`. */
export function nameOf(key: string): string {
  if (!key.startsWith('$')) return key;
  const parsed = parseJsonPath(key);
  const field = parsed.ok ? parsed.tokens.find((token) => token.kind === 'field') : undefined;
  return field?.kind === 'field' ? field.name : key;
}

function findName(names: readonly string[], name: string): string | undefined {
  return names.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
}

/** Headers with the header targets applied (names compared case-insensitively). */
export function applyToHeaders(
  headers: Headers | undefined,
  targets: readonly Target[],
  context: GeneratorContext,
) {
  if (targets.length === 0) return headers;
  const result: Record<string, readonly string[]> = { ...headers };
  for (const target of targets) {
    const name = findName(Object.keys(result), nameOf(target.key)) ?? nameOf(target.key);
    const value = attemptText(target, context, result[name]?.[0] ?? '');
    if (value !== undefined) setOwn(result, name, [value]);
  }
  return result;
}

/** Query parameters with the query targets applied, each value of a parameter in turn. */
export function applyToQuery(
  query: Query | undefined,
  targets: readonly Target[],
  context: GeneratorContext,
) {
  if (targets.length === 0) return query;
  const result: Record<string, readonly string[]> = { ...query };
  for (const target of targets) {
    const name = nameOf(target.key);
    const values = Object.hasOwn(result, name) ? result[name]! : undefined;
    if (values === undefined) {
      const value = attemptText(target, context, '');
      if (value !== undefined) setOwn(result, name, [value]);
    } else
      setOwn(
        result,
        name,
        values.map((current) => attemptText(target, context, current) ?? current),
      );
  }
  return result;
}

/** Message metadata with the metadata targets applied; values stay JSON values. */
export function applyToMetadata(
  metadata: Readonly<Record<string, unknown>> | undefined,
  targets: readonly Target[],
  context: GeneratorContext,
) {
  if (targets.length === 0) return metadata;
  const result: Record<string, unknown> = { ...metadata };
  for (const target of targets) {
    const name = nameOf(target.key);
    const produced = attempt(target, context, Object.hasOwn(result, name) ? result[name] : null);
    if (produced !== undefined) setOwn(result, name, produced.value);
  }
  return result;
}

/** A text part (path, method) with its targets applied in turn. */
export function applyToText(current: string, targets: readonly Target[], context: GeneratorContext): string {
  return targets.reduce((text, target) => attemptText(target, context, text) ?? text, current);
}

function toStatus(value: unknown): number | undefined {
  const status = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 999
    ? status
    : undefined;
}

/** A status code with its targets applied; a result that is not a status code is reported and dropped. */
export function applyToStatus(
  current: number,
  targets: readonly Target[],
  context: GeneratorContext,
): number {
  let status = current;
  for (const target of targets) {
    const produced = attempt(target, context, status);
    if (produced === undefined) continue;
    const next = toStatus(produced.value);
    if (next === undefined)
      reportIssue(target, context, `${JSON.stringify(produced.value)} is not a status code`);
    else status = next;
  }
  return status;
}
