/**
 * Regular expressions of the preset matchers, the same strings pact-js sends to the Pact core (so
 * the pact files are identical).
 */

/**
 * An e-mail address.
 *
 * @example
 * new RegExp(EMAIL_FORMAT).test('ada@example.com'); // true
 */
export const EMAIL_FORMAT = '^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+.[a-zA-Z]{2,}$';
/**
 * An ISO 8601 date (`2013-02-01`, week and ordinal dates too).
 *
 * @example
 * new RegExp(ISO8601_DATE_FORMAT).test('2024-05-01'); // true
 */
export const ISO8601_DATE_FORMAT =
  '^([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))?)$';
/**
 * An ISO 8601 date and time without fractional seconds.
 *
 * @example
 * new RegExp(ISO8601_DATETIME_FORMAT).test('2024-05-01T10:00:00Z'); // true
 */
export const ISO8601_DATETIME_FORMAT =
  '^\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d([+-][0-2]\\d:[0-5]\\d|Z)$';
/**
 * An ISO 8601 date and time with fractional seconds.
 *
 * @example
 * new RegExp(ISO8601_DATETIME_WITH_MILLIS_FORMAT).test('2024-05-01T10:00:00.123Z'); // true
 */
export const ISO8601_DATETIME_WITH_MILLIS_FORMAT =
  '^\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d\\.\\d+([+-][0-2]\\d(:?[0-5]\\d)?|Z)$';
/**
 * An ISO 8601 time (`T22:44:30.652Z`).
 *
 * @example
 * new RegExp(ISO8601_TIME_FORMAT).test('T10:00:00'); // true
 */
export const ISO8601_TIME_FORMAT = '^(T\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?(([+-]\\d\\d:\\d\\d)|Z)?)?$';
/**
 * An RFC 1123 timestamp (`Mon, 31 Oct 2016 15:21:41 -0400`).
 *
 * @example
 * new RegExp(RFC1123_TIMESTAMP_FORMAT).test('Mon, 31 Oct 2016 15:21:41 -0400'); // true
 */
export const RFC1123_TIMESTAMP_FORMAT =
  '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun),\\s\\d{2}\\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s\\d{4}\\s\\d{2}:\\d{2}:\\d{2}\\s(\\+|-)\\d{4}$';
/**
 * A lower-case UUID.
 *
 * @example
 * new RegExp(UUID_FORMAT).test('e2490de5-5bd3-43d5-b7c4-526e33f71304'); // true
 */
export const UUID_FORMAT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/**
 * A dotted IPv4 address.
 *
 * @example
 * new RegExp(IPV4_FORMAT).test('10.0.0.1'); // true
 */
export const IPV4_FORMAT = '^(\\d{1,3}\\.)+\\d{1,3}$';
/**
 * An IPv6 address.
 *
 * @example
 * new RegExp(IPV6_FORMAT).test('::1'); // true
 */
export const IPV6_FORMAT =
  '^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$';
/**
 * Hexadecimal digits.
 *
 * @example
 * new RegExp(HEX_FORMAT).test('3F'); // true
 */
export const HEX_FORMAT = '^[0-9a-fA-F]+$';
