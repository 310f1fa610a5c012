/** The result shape of extracting a value with matchers, and the accumulator the walkers share. */
import type { Generator, MatchingRule, RuleList } from '../../match/index.ts';
import { setOwn } from '../json/untyped-json.ts';

/**
 * A value with its matchers taken out: the example (what the pact and the mock server hold), the
 * matching rules and the generators, keyed by JSON path (`$.items[*].id`) for bodies and message
 * contents, by name for headers, query parameters and metadata, and by `$` for path and status.
 *
 * @example
 * const { example, rules } = extractExpectations({ id: integer(7) }, 'body');
 * // example { id: 7 }; rules { '$.id': { combine: 'AND', rules: [{ match: 'integer' }] } }
 */
export interface Expectations {
  readonly example: unknown;
  readonly rules: Record<string, RuleList>;
  readonly generators: Record<string, Generator>;
}

/**
 * Mutable rules and generators gathered while walking.
 *
 * @example
 * const sink: ExpectationSink = createSink();
 */
export interface ExpectationSink {
  readonly rules: Map<string, MatchingRule[]>;
  readonly generators: Map<string, Generator>;
}

/**
 * A new, empty sink.
 *
 * @example
 * const sink = createSink();
 */
export function createSink(): ExpectationSink {
  return { rules: new Map(), generators: new Map() };
}

/**
 * Adds rules at a path (after any already there, combined with AND, as the Rust core does).
 *
 * @example
 * addRules(sink, '$.id', [{ match: 'integer' }]);
 */
export function addRules(sink: ExpectationSink, path: string, rules: readonly MatchingRule[]): void {
  const list = sink.rules.get(path);
  if (list === undefined) sink.rules.set(path, [...rules]);
  else list.push(...rules);
}

/**
 * The sink as plain records.
 *
 * @example
 * toExpectations(example, sink);
 */
export function toExpectations(example: unknown, sink: ExpectationSink): Expectations {
  const rules: Record<string, RuleList> = {};
  for (const [path, list] of sink.rules) setOwn(rules, path, { rules: list, combine: 'AND' });
  const generators: Record<string, Generator> = {};
  for (const [path, generator] of sink.generators) setOwn(generators, path, generator);
  return { example, rules, generators };
}
