/**
 * Checks of the values inside rules and generators that the matching engine would otherwise only
 * discover while running: rule paths, regular expressions, date/time formats, count ranges, and
 * generators that cannot produce a value (or would produce more than `maxGeneratedLength`).
 */
import { errorMessage } from '../../core/index.ts';
import { compileRegex, generatorProblem, parseJavaPattern, parseJsonPath } from '../../match/index.ts';
import { describeValue, type JsonRecord } from '../json/untyped-json.ts';
import { childPath } from '../pact-json/location-path.ts';
import { type Issues, report } from './issues.ts';

/** Categories keyed by name (a header, a query parameter, a metadata key) rather than by rule path. */
const keyedByName = new Set(['header', 'headers', 'query', 'metadata']);

/**
 * Checks that `key`, the key of a rule or generator in `category`, is a rule path the engine can
 * read (`$.items[*].id`); names of headers, query parameters and metadata are not paths.
 */
export function checkRulePath(issues: Issues, key: string, category: string, path: string): void {
  if (keyedByName.has(category.toLowerCase())) return;
  const parsed = parseJsonPath(key);
  if (parsed.ok) return;
  report(
    issues,
    'format',
    path,
    'a rule path such as $.items[*].id',
    key,
    `${describeValue(key).replace(/ \(string\)$/, '')} is not a valid rule path: ${parsed.error}`,
  );
}

/** Checks that a matcher's `regex` compiles as the regex matcher compiles it. */
export function checkRegex(issues: Issues, json: JsonRecord, path: string): void {
  if (typeof json.regex !== 'string') return;
  const compiled = compileRegex(json.regex);
  if (typeof compiled !== 'string') return;
  report(
    issues,
    'format',
    childPath(path, 'regex'),
    'a regular expression',
    json.regex,
    `${JSON.stringify(json.regex)} is not a valid regular expression: ${compiled}`,
  );
}

/** Checks the Java date/time pattern of a date, time or timestamp matcher (`format` or the key named after it). */
export function checkDateFormat(issues: Issues, json: JsonRecord, type: string, path: string): void {
  for (const key of ['format', type]) {
    const pattern = json[key];
    if (typeof pattern !== 'string') continue;
    try {
      parseJavaPattern(pattern);
    } catch (error) {
      report(
        issues,
        'format',
        childPath(path, key),
        'a Java date/time format such as yyyy-MM-dd',
        pattern,
        `${JSON.stringify(pattern)} is not a valid date/time format: ${errorMessage(error)}`,
      );
    }
    return;
  }
}

/** Checks that a matcher's `min` is not greater than its `max`. */
export function checkCountRange(issues: Issues, json: JsonRecord, path: string): void {
  const { min, max } = json;
  if (typeof min !== 'number' || typeof max !== 'number' || min <= max) return;
  report(
    issues,
    'value',
    childPath(path, 'min'),
    `at most "max" (${max})`,
    min,
    `"min" (${min}) must not be greater than "max" (${max})`,
  );
}

/**
 * Runs the generator once on a throwaway context and reports why it cannot produce a value, at the
 * parameter the generator names (`'min'`, `'regex'`…) when it names one.
 */
export function checkGeneratorRuns(issues: Issues, json: JsonRecord, path: string): void {
  const problem = generatorProblem(json as Parameters<typeof generatorProblem>[0]);
  if (problem === undefined) return;
  const parameter = /^\w+ generator: '([^']+)'/.exec(problem)?.[1];
  const at = parameter !== undefined && Object.hasOwn(json, parameter) ? childPath(path, parameter) : path;
  report(issues, 'value', at, 'a generator that can produce a value', json[parameter ?? 'type'], problem);
}
