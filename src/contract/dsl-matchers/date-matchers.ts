/**
 * Date and time matchers with Java `DateTimeFormatter`-style formats (`yyyy-MM-dd'T'HH:mm:ss`).
 * Without an example, the value is the current time in the format and a generator refreshes it.
 */
import { formatJavaDate } from '../../match/index.ts';
import type { FormatMatcher } from './matcher.ts';

/**
 * A date-time in `format` (a `timestamp` rule).
 *
 * @example
 * datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-05-01T10:00:00');
 * // { 'pact:matcher:type': 'timestamp', format: "yyyy-MM-dd'T'HH:mm:ss", value: '2024-05-01T10:00:00' }
 */
export function datetime(format: string, example?: string): FormatMatcher {
  return dated('timestamp', 'DateTime', format, example);
}

/**
 * Same as {@link datetime} (pact-js has both names).
 *
 * @example
 * timestamp('yyyy-MM-dd HH:mm:ss', '2024-05-01 10:00:00');
 */
export function timestamp(format: string, example?: string): FormatMatcher {
  return datetime(format, example);
}

/**
 * A date in `format`.
 *
 * @example
 * date('yyyy-MM-dd', '2024-05-01'); // { 'pact:matcher:type': 'date', format: 'yyyy-MM-dd', value: '2024-05-01' }
 */
export function date(format: string, example?: string): FormatMatcher {
  return dated('date', 'Date', format, example);
}

/**
 * A time of day in `format`.
 *
 * @example
 * time('HH:mm', '10:30'); // { 'pact:matcher:type': 'time', format: 'HH:mm', value: '10:30' }
 */
export function time(format: string, example?: string): FormatMatcher {
  return dated('time', 'Time', format, example);
}

function dated(
  match: 'timestamp' | 'date' | 'time',
  generator: 'DateTime' | 'Date' | 'Time',
  format: string,
  example: string | undefined,
): FormatMatcher {
  if (example !== undefined) return { 'pact:matcher:type': match, format, value: example };
  const value = formatJavaDate(new Date(), format);
  return { 'pact:generator:type': generator, 'pact:matcher:type': match, format, value };
}
