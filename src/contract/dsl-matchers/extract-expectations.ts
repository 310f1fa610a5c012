/**
 * `extractExpectations`: from a value written with matchers to the example, rules and generators
 * of one part of a request, response or message.
 */
import { SeamError } from '../../core/index.ts';
import type { Generator, MatchingRule } from '../../match/index.ts';
import { setOwn } from '../json/untyped-json.ts';
import { createSink, type Expectations, toExpectations } from './expectations.ts';
import { isMatcher } from './matcher.ts';
import { isObjectLiteral, walkJson } from './walk-json.ts';

/**
 * The parts {@link extractExpectations} handles.
 *
 * @example
 * const category: ExpectationCategory = 'header';
 */
export type ExpectationCategory =
  | 'body'
  | 'content'
  | 'path'
  | 'status'
  | 'method'
  | 'header'
  | 'query'
  | 'metadata';

/**
 * Takes the matchers out of `value` for the part `category`:
 * - `body`, `content`: any JSON value; rules and generators keyed by JSON path (`$.items[*].id`).
 * - `path`, `status`, `method`: one value; rules and generator under `$`.
 * - `header`, `query`: a record of names to a value or a list of values; the example maps each
 *   name to its values as strings; rules keyed by name (`name[1]` for a later value of a list).
 * - `metadata`: a record of names to JSON values; rules keyed by name.
 *
 * @example
 * extractExpectations({ items: eachLike({ id: integer(1) }) }, 'body');
 * // example { items: [{ id: 1 }] }
 * // rules { '$.items': type min 1, '$.items[*].id': integer }
 * extractExpectations({ 'X-Request-Id': uuid() }, 'header');
 * // example { 'X-Request-Id': ['e2490de5-…'] }, rules { 'X-Request-Id': regex }, generators { 'X-Request-Id': Uuid }
 */
export function extractExpectations(value: unknown, category: ExpectationCategory): Expectations {
  switch (category) {
    case 'body':
    case 'content': {
      const sink = createSink();
      return toExpectations(walkJson(value, '$', sink), sink);
    }
    case 'path':
    case 'status':
    case 'method': {
      const single = extractSingle(value);
      return keyed(single.example, [['$', single]]);
    }
    case 'header':
    case 'query':
      return extractNamedLists(value);
    case 'metadata':
      return extractNamedValues(value);
  }
}

interface Single {
  readonly example: unknown;
  readonly rules: readonly MatchingRule[];
  readonly generator: Generator | undefined;
}

function extractSingle(value: unknown): Single {
  const sink = createSink();
  const example = walkJson(value, '$', sink);
  return { example, rules: sink.rules.get('$') ?? [], generator: sink.generators.get('$') };
}

function keyed(example: unknown, entries: readonly (readonly [string, Single])[]): Expectations {
  const sink = createSink();
  for (const [key, single] of entries) {
    if (single.rules.length > 0) sink.rules.set(key, [...single.rules]);
    if (single.generator !== undefined) sink.generators.set(key, single.generator);
  }
  return toExpectations(example, sink);
}

function extractNamedValues(value: unknown): Expectations {
  const example: Record<string, unknown> = {};
  const entries: [string, Single][] = [];
  for (const [name, item] of Object.entries(asRecord(value))) {
    const single = extractSingle(item);
    setOwn(example, name, single.example);
    entries.push([name, single]);
  }
  return keyed(example, entries);
}

function extractNamedLists(value: unknown): Expectations {
  const example: Record<string, string[]> = {};
  const entries: [string, Single][] = [];
  for (const [name, item] of Object.entries(asRecord(value))) {
    if (!Array.isArray(item)) {
      const single = extractSingle(item);
      setOwn(example, name, asTexts(single.example));
      entries.push([name, single]);
      continue;
    }
    const singles = item.map(extractSingle);
    setOwn(
      example,
      name,
      singles.flatMap((s) => asTexts(s.example)),
    );
    // As the Pact core keeps them in memory: a rule on a later value keys every value's rules by
    // `name[index]` (the core then writes them all as `name`, losing the index; seam keeps it).
    const later = singles.slice(1).some((s) => s.rules.length > 0);
    singles.forEach((single, index) => {
      entries.push([index === 0 && !later ? name : `${name}[${index}]`, single]);
    });
  }
  return keyed(example, entries);
}

function asTexts(example: unknown): string[] {
  return Array.isArray(example) ? example.map(asText) : [asText(example)];
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (isObjectLiteral(value) && !isMatcher(value)) return value;
  throw new SeamError('usage', `expected a record of names to values, got ${JSON.stringify(value)}`);
}
