/**
 * pact-js's `MatchersV3` (also exported as `Matchers`): the names pact-js 17 offers, each one seam's
 * own matcher (they build the same `{ 'pact:matcher:type': … }` objects), plus the few helpers and
 * constants pact-js keeps in the same namespace.
 */
import { isMatcher, type Matcher } from '../contract/index.ts';

export {
  arrayContaining,
  atLeastLike,
  atLeastOneLike,
  atMostLike,
  boolean,
  constrainedArrayLike,
  contentType,
  date,
  datetime,
  decimal,
  EMAIL_FORMAT,
  eachKeyLike,
  eachKeyMatches,
  eachLike,
  eachValueMatches,
  email,
  equal,
  extractPayload,
  fromProviderState,
  HEX_FORMAT,
  hexadecimal,
  IPV4_FORMAT,
  IPV6_FORMAT,
  ISO8601_DATE_FORMAT,
  ISO8601_DATETIME_FORMAT,
  ISO8601_DATETIME_WITH_MILLIS_FORMAT,
  ISO8601_TIME_FORMAT,
  includes,
  integer,
  ipv4Address,
  ipv6Address,
  isMatcher,
  iso8601Date,
  iso8601DateTime,
  iso8601DateTimeWithMillis,
  iso8601Time,
  like,
  type Matcher,
  matchStatus,
  nullValue,
  number,
  RFC1123_TIMESTAMP_FORMAT,
  regex,
  reify,
  rfc1123Timestamp,
  string,
  time,
  timestamp,
  url,
  url2,
  uuid,
} from '../contract/index.ts';
export { SpecificationVersion } from './specification-version.ts';
export { HTTPResponseStatusClass } from './status-class.ts';

/**
 * pact-js's UUID pattern (any version, lower-case hex).
 *
 * @example
 * new RegExp(UUID_V4_FORMAT).test('6f2c1f0e-8a4b-4c1d-9e2f-3a4b5c6d7e8f'); // true
 */
export const UUID_V4_FORMAT = '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$';

/**
 * Whether `example` matches a Pact regular expression (as pact-js checks examples).
 *
 * @example
 * validateExample('2024-05-01', ISO8601_DATE_FORMAT); // true
 */
export function validateExample(example: string, pattern: string): boolean {
  // Escaped backslashes arrive as written in JSON.
  return new RegExp(pattern.replace('\\\\', '\\')).test(example);
}

/**
 * The example of a value as a string: a matcher's value JSON-encoded, a string as it is, anything
 * else JSON-encoded (what pact-js hands its core as a body).
 *
 * @example
 * matcherValueOrString(like({ id: 1 })); // '{"pact:matcher:type":"type","value":{"id":1}}'
 */
export function matcherValueOrString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * True when a response status is a `matchStatus`/`statusCode` matcher rather than a number.
 *
 * @example
 * isStatusCodeMatcher(matchStatus(200, HTTPResponseStatusClass.Success)); // true
 */
export function isStatusCodeMatcher(status: number | Matcher<number>): status is Matcher<number> {
  return isMatcher(status) && status['pact:matcher:type'] === 'statusCode';
}
