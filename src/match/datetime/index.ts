/**
 * Java-style date/time patterns (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`) for the Pact `date`, `time` and
 * `timestamp` matchers, formatting for the Date/Time/DateTime generators, and Pact date/time
 * expressions (`tomorrow @ noon`).
 */
export {
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATETIME_GENERATOR_FORMAT,
  DEFAULT_TIME_FORMAT,
  DEFAULT_TIMESTAMP_FORMAT,
} from './defaults.ts';
export {
  type DateTimeExpressionOptions,
  evaluateDateExpression,
  evaluateDateTimeExpression,
  evaluateTimeExpression,
} from './expression.ts';
export { formatJavaDate } from './format-java.ts';
export { compileJavaPattern, matchesJavaFormat } from './java-pattern.ts';
export { type PatternToken, parseJavaPattern } from './pattern-tokens.ts';
