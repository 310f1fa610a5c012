/** Matchers by regular expression: `regex`, `uuid`, and the presets (`email`, ISO 8601, `hexadecimal`, …). */
import { SeamError } from '../../core/index.ts';
import {
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
import type { RegexMatcher } from './matcher.ts';

/**
 * A string matching the regular expression (a `RegExp` is written by its source). The example is
 * what the pact and the mock server hold.
 *
 * @example
 * regex(/^ORD-\d+$/, 'ORD-1042'); // { 'pact:matcher:type': 'regex', regex: '^ORD-\\d+$', value: 'ORD-1042' }
 */
export function regex(pattern: string | RegExp, example: string): RegexMatcher {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  return { 'pact:matcher:type': 'regex', regex: source, value: example };
}

/**
 * A lower-case UUID. Without an example, the pact holds a fixed one and a `Uuid` generator.
 *
 * @example
 * uuid('7d8e7d3c-2f4a-4c1e-9d7e-0b1a2c3d4e5f');
 */
export function uuid(example?: string): RegexMatcher {
  if (example === undefined) {
    return {
      'pact:matcher:type': 'regex',
      regex: UUID_FORMAT,
      'pact:generator:type': 'Uuid',
      value: 'e2490de5-5bd3-43d5-b7c4-526e33f71304',
    };
  }
  if (!new RegExp(`^${UUID_FORMAT}$`).test(example))
    throw new SeamError('usage', `uuid('${example}'): the example does not match /^${UUID_FORMAT}$/`);
  return { 'pact:matcher:type': 'regex', regex: UUID_FORMAT, value: example };
}

/**
 * An e-mail address.
 *
 * @example
 * email('ada@example.com');
 */
export const email = (example?: string): RegexMatcher =>
  preset('email', EMAIL_FORMAT, 'hello@pact.io', example);

/**
 * An IPv4 address.
 *
 * @example
 * ipv4Address('10.0.0.1');
 */
export const ipv4Address = (example?: string): RegexMatcher =>
  preset('ipv4Address', IPV4_FORMAT, '127.0.0.13', example);

/**
 * An IPv6 address.
 *
 * @example
 * ipv6Address('::1');
 */
export const ipv6Address = (example?: string): RegexMatcher =>
  preset('ipv6Address', IPV6_FORMAT, '::ffff:192.0.2.128', example);

/**
 * An ISO 8601 date-time without fractional seconds.
 *
 * @example
 * iso8601DateTime('2024-05-01T10:00:00Z');
 */
export const iso8601DateTime = (example?: string): RegexMatcher =>
  preset('iso8601DateTime', ISO8601_DATETIME_FORMAT, '2015-08-06T16:53:10+01:00', example);

/**
 * An ISO 8601 date-time with fractional seconds.
 *
 * @example
 * iso8601DateTimeWithMillis('2024-05-01T10:00:00.123Z');
 */
export const iso8601DateTimeWithMillis = (example?: string): RegexMatcher =>
  preset(
    'iso8601DateTimeWithMillis',
    ISO8601_DATETIME_WITH_MILLIS_FORMAT,
    '2015-08-06T16:53:10.123+01:00',
    example,
  );

/**
 * An ISO 8601 date.
 *
 * @example
 * iso8601Date('2024-05-01');
 */
export const iso8601Date = (example?: string): RegexMatcher =>
  preset('iso8601Date', ISO8601_DATE_FORMAT, '2013-02-01', example);

/**
 * An ISO 8601 time.
 *
 * @example
 * iso8601Time('T10:00:00');
 */
export const iso8601Time = (example?: string): RegexMatcher =>
  preset('iso8601Time', ISO8601_TIME_FORMAT, 'T22:44:30.652Z', example);

/**
 * An RFC 1123 timestamp.
 *
 * @example
 * rfc1123Timestamp('Mon, 31 Oct 2016 15:21:41 -0400');
 */
export const rfc1123Timestamp = (example?: string): RegexMatcher =>
  preset('rfc1123Timestamp', RFC1123_TIMESTAMP_FORMAT, 'Mon, 31 Oct 2016 15:21:41 -0400', example);

/**
 * Hexadecimal digits.
 *
 * @example
 * hexadecimal('3F');
 */
export const hexadecimal = (example?: string): RegexMatcher =>
  preset('hexadecimal', HEX_FORMAT, '3F', example);

function preset(name: string, pattern: string, fallback: string, example: string | undefined): RegexMatcher {
  const value = example ?? fallback;
  if (!new RegExp(pattern).test(value))
    throw new SeamError('usage', `${name}('${value}'): the example does not match /${pattern}/`);
  return regex(pattern, value);
}
