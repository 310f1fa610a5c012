/** fast-check arbitraries for pact-shaped data: JSON bodies, matching rules, requests. */
import fc from 'fast-check';
import type { HttpRequest, MatchingRule, MatchingRules, RuleList } from '../../src/match/model.ts';

const encoder = new TextEncoder();

/** Any JSON value, a few levels deep, with awkward keys and numbers. */
export const jsonValue: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 });

/** A matching rule with random parameters, some of them invalid (bad regex, negative sizes). */
export const matchingRule: fc.Arbitrary<MatchingRule> = fc.oneof(
  fc.constant<MatchingRule>({ match: 'equality' }),
  fc.string().map<MatchingRule>((regex) => ({ match: 'regex', regex })),
  fc
    .record({ min: fc.integer({ min: -2, max: 5 }), max: fc.integer({ min: -2, max: 5 }) })
    .map<MatchingRule>(({ min, max }) => ({ match: 'type', min, max })),
  fc.constant<MatchingRule>({ match: 'type' }),
  fc.string().map<MatchingRule>((value) => ({ match: 'include', value })),
  fc
    .constantFrom('integer', 'decimal', 'number', 'null', 'boolean', 'values', 'notEmpty', 'semver')
    .map((match) => ({ match }) as MatchingRule),
  fc
    .tuple(
      fc.constantFrom('date', 'time', 'timestamp'),
      fc.constantFrom('yyyy-MM-dd', 'HH:mm', "yyyy-MM-dd'T'HH:mm:ss", 'bad[', "'"),
    )
    .map(([match, format]) => ({ match, format }) as MatchingRule),
  fc
    .constantFrom('application/json', 'image/png', 'text/plain')
    .map<MatchingRule>((value) => ({ match: 'contentType', value })),
  fc.constant<MatchingRule>({ match: 'eachKey', rules: [{ match: 'regex', regex: '^[a-z]+$' }] }),
  fc.constant<MatchingRule>({ match: 'eachValue', rules: [{ match: 'type' }] }),
  fc.constant<MatchingRule>({
    match: 'arrayContains',
    variants: [{ index: 0, rules: { $: { rules: [{ match: 'type' }], combine: 'AND' } } }],
  }),
);

/** A JSON path of the shapes pact files use, some of them malformed. */
export const jsonPath: fc.Arbitrary<string> = fc.oneof(
  fc.constant('$'),
  fc
    .array(fc.oneof(fc.constantFrom('a', 'b', 'one', '*', '[*]', '[0]', "['x y']"), fc.string()), {
      maxLength: 4,
    })
    .map((parts) => `$${parts.map((p) => (p.startsWith('[') ? p : `.${p}`)).join('')}`),
  fc.string(),
);

/** Body rules: up to 8 paths, each with 1–3 rules and a random combine. */
export const bodyRules: fc.Arbitrary<MatchingRules> = fc
  .dictionary(
    jsonPath,
    fc.record({
      rules: fc.array(matchingRule, { minLength: 1, maxLength: 3 }),
      combine: fc.constantFrom('AND', 'OR'),
    }) as fc.Arbitrary<RuleList>,
    { maxKeys: 8 },
  )
  .map((body) => ({ body }));

/** A POST request with a JSON body and the given rules. */
export function jsonRequest(value: unknown, matchingRules?: MatchingRules): HttpRequest {
  return jsonTextRequest(JSON.stringify(value), matchingRules);
}

/** A POST request whose body is the given JSON text. */
export function jsonTextRequest(text: string, matchingRules?: MatchingRules): HttpRequest {
  return {
    method: 'POST',
    path: '/p',
    headers: { 'content-type': ['application/json'] },
    body: { state: 'present', content: encoder.encode(text), contentType: 'application/json' },
    ...(matchingRules ? { matchingRules } : {}),
  };
}
