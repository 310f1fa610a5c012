/**
 * Walks a JSON value with embedded matchers, as the Pact FFI's `process_object`/`process_array`
 * (pact_ffi `mock_server/bodies.rs`) do, so the rule paths are the ones pact-js files hold:
 * `eachLike` at `$.items` puts its items' rules at `$.items[*].…`; a `values`/`eachValue` matcher
 * puts its entries' rules at `$.map.*`.
 */
import { isPlainObject, SeamError } from '../../core/index.ts';
import { type ArrayContainsVariant, joinPath } from '../../match/index.ts';
import { setOwn } from '../json/untyped-json.ts';
import { addRules, createSink, type ExpectationSink, toExpectations } from './expectations.ts';
import { isMatcher, type Matcher } from './matcher.ts';
import { matcherGenerator, matcherRules } from './matcher-rules.ts';

/**
 * How deep values may nest; deeper values are a misuse (or a cycle).
 *
 * @example
 * maxMatcherDepth; // 256
 */
export const maxMatcherDepth = 256;

/**
 * The example of `value` (matchers replaced by their examples), its rules and generators
 * gathered into `sink`, paths below `path`.
 *
 * @throws SeamError `usage` for values nested deeper than {@link maxMatcherDepth} (or cyclic).
 * @example
 * const sink = createSink();
 * walkJson({ id: integer(1) }, '$', sink); // { id: 1 }; sink.rules has '$.id'
 */
export function walkJson(value: unknown, path: string, sink: ExpectationSink, depth = 0): unknown {
  if (depth > maxMatcherDepth)
    throw new SeamError('usage', `the value nests deeper than ${maxMatcherDepth} levels (a cycle?)`, {
      location: path,
    });
  if (Array.isArray(value)) return walkArray(value, path, sink, false, depth);
  if (isObjectLiteral(value)) return walkObject(value, path, sink, false, depth);
  return value;
}

function walkObject(
  object: Record<string, unknown>,
  path: string,
  sink: ExpectationSink,
  anyKey: boolean,
  depth: number,
): unknown {
  if (isMatcher(object)) return walkMatcher(object, path, sink, depth);
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(object)) {
    if (key.startsWith('pact:')) continue;
    const itemPath = anyKey ? `${path}.*` : joinPath(path, key);
    setOwn(result, key, walkJson(item, itemPath, sink, depth + 1));
  }
  return result;
}

function walkArray(
  items: readonly unknown[],
  path: string,
  sink: ExpectationSink,
  star: boolean,
  depth: number,
): unknown[] {
  return items.map((item, index) =>
    walkJson(item, star ? `${path}[*]` : `${path}[${index}]`, sink, depth + 1),
  );
}

function walkMatcher(matcher: Matcher, path: string, sink: ExpectationSink, depth: number): unknown {
  if (matcher['pact:matcher:type'] === 'arrayContains' || matcher['pact:matcher:type'] === 'array-contains')
    return walkArrayContains(matcher, path, sink, depth);
  const rules = matcherRules(matcher, path);
  const anyKey = rules.some(
    (r) => r.match === 'values' || r.match === 'eachValue' || r.match === 'arrayContains',
  );
  const value = matcher.value;
  let example: unknown = value === undefined ? null : value;
  if (Array.isArray(value)) example = walkArray(value, path, sink, true, depth);
  else if (isObjectLiteral(value)) example = walkObject(value, path, sink, anyKey, depth + 1);
  const generator = matcherGenerator(matcher, path);
  if (generator !== undefined) sink.generators.set(path, generator);
  addRules(sink, path, rules);
  return example;
}

function walkArrayContains(matcher: Matcher, path: string, sink: ExpectationSink, depth: number): unknown[] {
  const variants = matcher.variants;
  if (!Array.isArray(variants))
    throw new SeamError('invalid-matching-rule', 'arrayContains needs "variants" to be an array', {
      location: path,
    });
  const examples: unknown[] = [];
  const rules: ArrayContainsVariant[] = variants.map((variant: unknown, index: number) => {
    const inner = createSink();
    examples.push(walkJson(variant, '$', inner, depth + 1));
    const { rules: variantRules, generators } = toExpectations(undefined, inner);
    return Object.keys(generators).length === 0
      ? { index, rules: variantRules }
      : { index, rules: variantRules, generators };
  });
  addRules(sink, path, [{ match: 'arrayContains', variants: rules }]);
  return examples;
}

/**
 * True for an object written as a literal: core's {@link isPlainObject} whose prototype is `Object`'s
 * or null (so not a Date, bytes, or a class instance).
 *
 * @example
 * isObjectLiteral({}); // true
 * isObjectLiteral(new Date()); // false
 */
export function isObjectLiteral(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
