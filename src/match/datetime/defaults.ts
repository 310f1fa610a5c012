/**
 * The patterns used when a matching rule or generator gives no `format`, as in the Rust core:
 * pact_matching's `date`/`time`/`timestamp` matchers and pact_models' Date/Time/DateTime generators.
 * The timestamp matcher and the DateTime generator differ: the generator prints milliseconds and a
 * `+hhmm` offset (chrono `%Y-%m-%dT%H:%M:%S.%3f%z`), the matcher wants an `XXX` offset and no fraction.
 */

/**
 * Default pattern of the `date` matcher and of the Date generator.
 *
 * @example
 * matchesJavaFormat('2024-05-01', DEFAULT_DATE_FORMAT); // true
 */
export const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd';

/**
 * Default pattern of the `time` matcher and of the Time generator.
 *
 * @example
 * matchesJavaFormat('13:45:00', DEFAULT_TIME_FORMAT); // true
 */
export const DEFAULT_TIME_FORMAT = 'HH:mm:ss';

/**
 * Default pattern of the `timestamp` (alias `datetime`) matcher.
 *
 * @example
 * matchesJavaFormat('2024-05-01T13:45:00+02:00', DEFAULT_TIMESTAMP_FORMAT); // true
 */
export const DEFAULT_TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ssXXX";

/**
 * Default pattern of the DateTime generator.
 *
 * @example
 * formatJavaDate(new Date(0), DEFAULT_DATETIME_GENERATOR_FORMAT, 'UTC'); // '1970-01-01T00:00:00.000+0000'
 */
export const DEFAULT_DATETIME_GENERATOR_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
