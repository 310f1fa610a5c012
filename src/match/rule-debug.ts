/** Matching rules in the Rust `Debug` form the reference uses in "Unable to match … using …" messages. */
import type { MatchingRule, StatusCodeClass } from './model.ts';

const STATUS_NAMES: Readonly<Record<StatusCodeClass, string>> = {
  info: 'Information',
  success: 'Success',
  redirect: 'Redirect',
  clientError: 'ClientError',
  serverError: 'ServerError',
  nonError: 'NonError',
  error: 'Error',
};

const quoted = (text: string): string => JSON.stringify(text);

/**
 * A rule as Rust's `Debug` prints it.
 *
 * @example
 * debugRule({ match: 'type', min: 1 }); // 'MinType(1)'
 * debugRule({ match: 'regex', regex: '\\d+' }); // 'Regex("\\\\d+")'
 */
export function debugRule(rule: MatchingRule): string {
  switch (rule.match) {
    case 'regex':
      return `Regex(${quoted(rule.regex)})`;
    case 'type':
      return debugType(rule.min, rule.max);
    case 'include':
      return `Include(${quoted(rule.value)})`;
    case 'timestamp':
    case 'date':
    case 'time':
      return `${rule.match === 'timestamp' ? 'Timestamp' : rule.match === 'date' ? 'Date' : 'Time'}(${quoted(rule.format ?? '')})`;
    case 'contentType':
      return `ContentType(${quoted(rule.value)})`;
    case 'statusCode':
      return `StatusCode(${typeof rule.status === 'string' ? STATUS_NAMES[rule.status] : `StatusCodes([${rule.status.join(', ')}])`})`;
    case 'arrayContains':
      return `ArrayContains([${rule.variants.map((variant) => variant.index).join(', ')}])`;
    case 'eachKey':
    case 'eachValue':
      return `${rule.match === 'eachKey' ? 'EachKey' : 'EachValue'}(${rule.rules.map(debugRule).join(', ')})`;
    case 'notEmpty':
      return 'NotEmpty';
    default:
      return rule.match.charAt(0).toUpperCase() + rule.match.slice(1);
  }
}

function debugType(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `MinMaxType(${min}, ${max})`;
  if (min !== undefined) return `MinType(${min})`;
  if (max !== undefined) return `MaxType(${max})`;
  return 'Type';
}

/**
 * Whether a rule applies to the children of where it is defined (values, eachKey and eachValue do not).
 *
 * @example
 * canCascade({ match: 'values' }); // false
 */
export function canCascade(rule: MatchingRule): boolean {
  return rule.match !== 'values' && rule.match !== 'eachKey' && rule.match !== 'eachValue';
}

/**
 * Whether a rule matches map values whatever their keys (`values`, `eachValue`).
 *
 * @example
 * isValuesRule({ match: 'eachValue', rules: [] }); // true
 */
export function isValuesRule(rule: MatchingRule): boolean {
  return rule.match === 'values' || rule.match === 'eachValue';
}
