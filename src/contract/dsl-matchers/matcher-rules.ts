/**
 * Turns one matcher object into matching rules and a generator, as the Pact FFI's
 * `matchers_from_integration_json` and `Generator::from_map` do.
 */
import { SeamError } from '../../core/index.ts';
import type { Generator, GeneratorType, MatchingRule } from '../../match/index.ts';
import { readMatchingRule } from '../pact-json/read-rule.ts';
import type { Matcher } from './matcher.ts';

/**
 * The rules of a matcher: one for a named type, several for an array of rule objects. pact-js's
 * `information` status class is read as `info`; `eachKey`/`eachValue` keep their example as
 * text, as the Rust core writes it.
 *
 * @throws SeamError `invalid-matching-rule` for an unknown type or a missing attribute.
 * @example
 * matcherRules({ 'pact:matcher:type': 'type', min: 1, value: [1] }); // [{ match: 'type', min: 1 }]
 */
export function matcherRules(matcher: Matcher, location = '$'): MatchingRule[] {
  const type: unknown = matcher['pact:matcher:type'];
  if (Array.isArray(type)) return type.map((item: unknown) => ruleOf(item as Matcher, location));
  return [ruleOf(matcher, location)];
}

function ruleOf(matcher: Matcher, location: string): MatchingRule {
  const rule = readMatchingRule(normalised(matcher), location);
  if ((rule.match === 'eachKey' || rule.match === 'eachValue') && rule.value !== undefined)
    return { ...rule, value: typeof rule.value === 'string' ? rule.value : JSON.stringify(rule.value) };
  return rule;
}

function normalised(matcher: Matcher): Matcher {
  if (matcher['pact:matcher:type'] === 'statusCode' && matcher.status === 'information')
    return { ...matcher, status: 'info' };
  return matcher;
}

type Build = (matcher: Matcher) => Omit<Generator, 'type'> | undefined;

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
const optional = (matcher: Matcher, ...keys: string[]): Record<string, unknown> =>
  Object.fromEntries(keys.filter((k) => matcher[k] !== undefined).map((k) => [k, matcher[k]]));

const builders: Record<GeneratorType, Build> = {
  RandomInt: (m) => ({ min: m.min ?? 0, max: m.max ?? 10 }),
  Uuid: (m) => optional(m, 'format'),
  RandomDecimal: (m) => ({ digits: m.digits ?? 10 }),
  RandomHexadecimal: (m) => ({ digits: m.digits ?? 10 }),
  RandomString: (m) => ({ size: m.size ?? 10 }),
  Regex: (m) => (m.regex === undefined ? undefined : { regex: text(m.regex) }),
  Date: (m) => optional(m, 'format', 'expression'),
  Time: (m) => optional(m, 'format', 'expression'),
  DateTime: (m) => optional(m, 'format', 'expression'),
  RandomBoolean: () => ({}),
  ProviderState: (m) =>
    m.expression === undefined ? undefined : { expression: text(m.expression), ...optional(m, 'dataType') },
  MockServerURL: (m) => ({ example: m.example ?? '', regex: m.regex ?? '' }),
};

/**
 * The generator a matcher asks for with `pact:generator:type`, with the Rust core's defaults
 * (`RandomInt` 0–10, 10 digits, size 10); undefined when it asks for none.
 *
 * @throws SeamError `invalid-generator` for an unknown generator type or a missing attribute.
 * @example
 * matcherGenerator(integer()); // { type: 'RandomInt', min: 0, max: 10 }
 */
export function matcherGenerator(matcher: Matcher, location = '$'): Generator | undefined {
  const type = matcher['pact:generator:type'];
  if (type === undefined) return undefined;
  const build = Object.hasOwn(builders, type) ? builders[type] : undefined;
  const parameters = build?.(matcher);
  if (parameters === undefined) {
    const reason = build === undefined ? 'is not a known generator type' : 'lacks a required attribute';
    throw new SeamError('invalid-generator', `generator "${String(type)}" ${reason}`, { location });
  }
  return { type, ...parameters };
}
