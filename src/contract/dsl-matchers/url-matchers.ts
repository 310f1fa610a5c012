/** URL matchers: a base URL plus path fragments; without a base, the mock server's URL is generated in. */
import RandExpModule from 'randexp';
import type { Matcher, RegexMatcher } from './matcher.ts';

// randexp is CommonJS whose typings declare an ES default export; at runtime the default import is
// the class itself.
const RandExp = RandExpModule as unknown as typeof RandExpModule.default;

/**
 * A path fragment: literal text, a `RegExp`, or a `regex(...)` matcher.
 *
 * @example
 * const fragments: UrlFragment[] = ['orders', /\d+/, regex(/[a-z]+/, 'lines')];
 */
export type UrlFragment = string | number | RegExp | Matcher<string>;

/**
 * A URL of `basePath` followed by the fragments, matched by a regex over the path. With a `null`
 * base, the example uses `http://localhost:8080` and a `MockServerURL` generator swaps in the mock
 * server's URL during the consumer test.
 *
 * @example
 * url2('https://pay.example.com', ['payments', regex(/\d+/, '17')]);
 * // { 'pact:matcher:type': 'regex', regex: '.*(\\/payments\\/\\d+)$', value: 'https://pay.example.com/payments/17' }
 */
export function url2(basePath: string | null, fragments: readonly UrlFragment[]): RegexMatcher {
  const pattern = `.*(${fragments.map((f) => `\\/${fragmentPattern(f)}`).join('')})$`;
  const example = [
    basePath ?? 'http://localhost:8080',
    ...fragments.map((f) => `/${fragmentExample(f)}`),
  ].join('');
  if (basePath !== null) return { 'pact:matcher:type': 'regex', regex: pattern, value: example };
  return {
    'pact:matcher:type': 'regex',
    'pact:generator:type': 'MockServerURL',
    regex: pattern,
    value: example,
    example,
  };
}

/**
 * A URL on the mock server: {@link url2} with no base.
 *
 * @example
 * url(['orders', regex(/\d+/, '1042')]); // value 'http://localhost:8080/orders/1042', MockServerURL generator
 */
export function url(fragments: readonly UrlFragment[]): RegexMatcher {
  return url2(null, fragments);
}

function fragmentPattern(fragment: UrlFragment): string {
  if (fragment instanceof RegExp) return fragment.source;
  if (typeof fragment === 'object') return String(fragment.regex);
  return String(fragment);
}

function fragmentExample(fragment: UrlFragment): string {
  if (fragment instanceof RegExp) return new RandExp(fragment).gen();
  if (typeof fragment === 'object') return String(fragment.value);
  return String(fragment);
}
