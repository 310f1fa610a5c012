/**
 * A body (or message contents) written with matchers → the {@link Body} model, its content type,
 * rules and generators. JSON by default; strings as text; bytes as they are; an object with a
 * form content type as `application/x-www-form-urlencoded`.
 */

import { SeamError } from '../../core/index.ts';
import type { Body, Generator, RuleList } from '../../match/index.ts';
import { extractExpectations } from '../dsl-matchers/extract-expectations.ts';
import { isJsonContentType } from '../pact-json/body-content-type.ts';

/**
 * A body with its content type, rules and generators taken out.
 *
 * @example
 * const built: BuiltBody = buildBody({ id: 1 }, undefined);
 */
export interface BuiltBody {
  readonly body: Body;
  readonly contentType?: string;
  readonly rules: Record<string, RuleList>;
  readonly generators: Record<string, Generator>;
}

const none = { rules: {}, generators: {} };
const encoder = new TextEncoder();

/**
 * Builds a body. `contentType` is the declared type (the `contentType` option or the
 * Content-Type header), if any.
 *
 * @example
 * buildBody({ id: integer(1) }, undefined).contentType; // 'application/json'
 */
export function buildBody(value: unknown, contentType: string | undefined): BuiltBody {
  if (value === undefined) return { body: { state: 'missing' }, ...none };
  if (value === null) return { body: { state: 'null' }, ...none };
  if (value instanceof Uint8Array) return bytesBody(value, contentType ?? 'application/octet-stream');
  if (typeof value === 'string' && !(contentType !== undefined && isJsonContentType(contentType)))
    return bytesBody(encoder.encode(value), contentType ?? 'text/plain');
  const type = contentType ?? 'application/json';
  if (/^application\/x-www-form-urlencoded/i.test(type)) return formBody(value, type);
  return jsonBody(typeof value === 'string' ? parseJsonText(value) : value, type);
}

function bytesBody(content: Uint8Array, contentType: string): BuiltBody {
  if (content.length === 0) return { body: { state: 'empty', contentType }, contentType, ...none };
  return { body: { state: 'present', content, contentType }, contentType, ...none };
}

function jsonBody(value: unknown, contentType: string): BuiltBody {
  const { example, rules, generators } = extractExpectations(value, 'body');
  const content = encoder.encode(JSON.stringify(example));
  return { body: { state: 'present', content, contentType }, contentType, rules, generators };
}

function formBody(value: unknown, contentType: string): BuiltBody {
  const { example, rules, generators } = extractExpectations(value, 'body');
  const form = new URLSearchParams();
  for (const [name, item] of Object.entries((example ?? {}) as Record<string, unknown>)) {
    for (const one of Array.isArray(item) ? item : [item])
      form.append(name, typeof one === 'string' ? one : JSON.stringify(one));
  }
  const content = encoder.encode(form.toString());
  return { body: { state: 'present', content, contentType }, contentType, rules, generators };
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new SeamError('usage', `the body is declared as JSON but is not valid JSON: ${text.slice(0, 60)}`, {
      cause,
    });
  }
}
