/**
 * Matchers with example values, the same objects pact-js V3 builds (`{ 'pact:matcher:type': …,
 * value }`), and `extractExpectations`, which turns a value written with them into the example,
 * matching rules and generators of a pact.
 */
export { arrayContaining, eachKeyMatches, eachValueMatches } from './collection-matchers.ts';
export { date, datetime, time, timestamp } from './date-matchers.ts';
export type { Expectations } from './expectations.ts';
export { type ExpectationCategory, extractExpectations } from './extract-expectations.ts';
export {
  EMAIL_FORMAT,
  HEX_FORMAT,
  IPV4_FORMAT,
  IPV6_FORMAT,
  ISO8601_DATE_FORMAT,
  ISO8601_DATETIME_FORMAT,
  ISO8601_DATETIME_WITH_MILLIS_FORMAT,
  ISO8601_TIME_FORMAT,
  RFC1123_TIMESTAMP_FORMAT,
  UUID_FORMAT,
} from './formats.ts';
export {
  dateTimeExpression,
  fromRegex,
  randomBoolean,
  randomDecimal,
  randomHexadecimal,
  randomInt,
  randomString,
} from './generator-matchers.ts';
export {
  type ArrayContainsMatcher,
  type FormatMatcher,
  isMatcher,
  type Matcher,
  type MaxArrayMatcher,
  type MinArrayMatcher,
  type ProviderStateMatcher,
  type RegexMatcher,
  type RulesMatcher,
} from './matcher.ts';
export { decimal, integer, number } from './number-matchers.ts';
export { fromProviderState } from './provider-state-matchers.ts';
export {
  email,
  hexadecimal,
  ipv4Address,
  ipv6Address,
  iso8601Date,
  iso8601DateTime,
  iso8601DateTimeWithMillis,
  iso8601Time,
  regex,
  rfc1123Timestamp,
  uuid,
} from './regex-matchers.ts';
export { extractPayload, reify } from './reify.ts';
export { matchStatus, type StatusClassName, statusCode } from './status-matchers.ts';
export {
  atLeastLike,
  atLeastOneLike,
  atMostLike,
  boolean,
  constrainedArrayLike,
  type EachLikeOptions,
  eachKeyLike,
  eachLike,
  like,
  string,
} from './type-matchers.ts';
export { type UrlFragment, url, url2 } from './url-matchers.ts';
export { contentType, equal, includes, notEmpty, nullValue, semver } from './value-matchers.ts';
