/** Validation of matching rules (V2 flat map, V3/V4 categories) and generators. */
import { isPlainObject } from '../../core/index.ts';
import type { SpecVersion } from '../../match/index.ts';
import { describeValue, type JsonRecord } from '../json/untyped-json.ts';
import { childPath } from '../pact-json/location-path.ts';
import { checkGenerator } from './generators.ts';
import { checkString, type Issues, rejectUnknownFields, report, reportType, requireField } from './issues.ts';
import { checkCountRange, checkDateFormat, checkRegex, checkRulePath } from './rule-values.ts';

/** The most `eachKey`/`eachValue`/`arrayContains` nesting a file may have. */
const maxDepth = 32;

const plain = [
  'equality',
  'number',
  'integer',
  'decimal',
  'real',
  'boolean',
  'null',
  'values',
  'notEmpty',
  'not-empty',
  'semver',
];
const matcherFields: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(plain.map((name) => [name, []])),
  regex: ['regex'],
  type: ['min', 'max'],
  min: ['min', 'max'],
  max: ['min', 'max'],
  'min-type': ['min'],
  'max-type': ['max'],
  include: ['value'],
  contentType: ['value'],
  'content-type': ['value'],
  timestamp: ['format', 'timestamp'],
  datetime: ['format', 'datetime'],
  date: ['format', 'date'],
  time: ['format', 'time'],
  arrayContains: ['variants'],
  'array-contains': ['variants'],
  statusCode: ['status'],
  'status-code': ['status'],
  eachKey: ['rules', 'value', 'generator'],
  'each-key': ['rules', 'value', 'generator'],
  eachValue: ['rules', 'value', 'generator'],
  'each-value': ['rules', 'value', 'generator'],
};
const requiredFields: Readonly<Record<string, string>> = {
  regex: 'regex',
  include: 'value',
  contentType: 'value',
  'content-type': 'value',
  arrayContains: 'variants',
  'array-contains': 'variants',
};
const statusClasses = ['info', 'success', 'redirect', 'clientError', 'serverError', 'nonError', 'error'];

/** Which part the rules belong to: HTTP requests/responses or message contents. */
export type RulePart = 'request' | 'response' | 'message';

/**
 * The category names a `matchingRules` or `generators` value of each part may use, as written in
 * the file (`header` and `headers`, `body`, `content` and `contents` are all accepted).
 *
 * @example
 * categoriesByPart.response; // ['status', 'header', 'headers', 'body']
 */
export const categoriesByPart: Readonly<Record<RulePart, readonly string[]>> = {
  request: ['method', 'path', 'query', 'header', 'headers', 'body'],
  response: ['status', 'header', 'headers', 'body'],
  message: ['body', 'content', 'contents', 'metadata'],
};

/**
 * Checks a `matchingRules` value: the V2 flat map (keys starting with `$`, one rule each) for V1/V2
 * files, the map nested by category for V3/V4 files.
 */
export function checkMatchingRules(
  issues: Issues,
  json: unknown,
  spec: SpecVersion,
  part: RulePart,
  path: string,
): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'an object of matching rules', json);
    return;
  }
  const legacy = spec === 'V1' || spec === 'V1_1' || spec === 'V2';
  // Like the Rust reader, V1/V2 files are read by shape: a first key starting with $ means the flat
  // V2 form; anything else the nested form (some V2 files written by newer tools use it).
  if (legacy && (Object.keys(json)[0] ?? '$').startsWith('$')) {
    checkV2Rules(issues, json, path);
    return;
  }
  const categories = categoriesByPart[part];
  for (const [name, value] of Object.entries(json)) {
    const at = childPath(path, name);
    if (name.startsWith('$')) {
      report(
        issues,
        'format',
        at,
        'a rule category (body, header, query, path…)',
        name,
        `"${name}" is a V2-style rule key; a ${spec} file nests rules by category, e.g. { "body": { "${name.replace(/^\$\.body/, '$')}": { "matchers": [...] } } }`,
      );
      continue;
    }
    const category = categoryNamed(categories, name);
    if (category === undefined) {
      const message = legacy
        ? `matching rule key "${name}" is neither a JSON path starting with "$" (e.g. "$.${name}") nor a rule category (${categories.join(', ')})`
        : `unknown matching rule category "${name}" (expected one of ${categories.join(', ')})`;
      report(issues, 'unknown-field', at, `one of ${categories.join(', ')}`, name, message);
      continue;
    }
    if (!isPlainObject(value)) {
      reportType(issues, at, 'an object', value);
      continue;
    }
    // Like the Rust reader: a category holds one rule list (`{ matchers }`, how path rules are
    // written) or lists keyed by rule path (`{ "$": { matchers } }`, how pact-js writes status).
    if ('matchers' in value) checkRuleList(issues, value, at, 0);
    else
      for (const [key, list] of Object.entries(value)) {
        checkRulePath(issues, key, category, childPath(at, key));
        checkRuleList(issues, list, childPath(at, key), 0);
      }
  }
}

/**
 * The category a name in a file stands for: names are case-insensitive, as the reader reads them.
 *
 * @example
 * categoryNamed(categoriesByPart.response, 'Body'); // 'body'
 */
export function categoryNamed(categories: readonly string[], name: string): string | undefined {
  return categories.includes(name) ? name : categories.find((c) => c.toLowerCase() === name.toLowerCase());
}

function checkV2Rules(issues: Issues, json: JsonRecord, path: string): void {
  for (const [key, rule] of Object.entries(json)) {
    const at = childPath(path, key);
    if (!key.startsWith('$')) {
      report(
        issues,
        'format',
        at,
        'a JSON path starting with $ ($.body…, $.headers…, $.query…, $.path)',
        key,
        `matching rule key "${key}" must be a JSON path starting with "$" (e.g. "$.${key}")`,
      );
      continue;
    }
    checkRulePath(issues, key, 'body', at);
    checkMatcher(issues, rule, at, 0);
  }
}

/** Checks `{ matchers: [...], combine }`. */
export function checkRuleList(issues: Issues, json: unknown, path: string, depth: number): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'an object with "matchers"', json);
    return;
  }
  rejectUnknownFields(issues, json, new Set(['matchers', 'combine']), path, 'a rule list');
  if (json.combine !== undefined && json.combine !== 'AND' && json.combine !== 'OR') {
    report(
      issues,
      'value',
      childPath(path, 'combine'),
      'AND or OR',
      json.combine,
      `"combine" must be "AND" or "OR", got ${describeValue(json.combine)}`,
    );
  }
  if (!requireField(issues, json, 'matchers', path, 'an array of matchers')) return;
  if (!Array.isArray(json.matchers)) {
    reportType(issues, childPath(path, 'matchers'), 'an array of matchers', json.matchers);
    return;
  }
  json.matchers.forEach((rule, index) => {
    checkMatcher(issues, rule, childPath(childPath(path, 'matchers'), index), depth);
  });
}

/** Checks one matcher (`{ match: 'type', min: 1 }`). */
export function checkMatcher(issues: Issues, json: unknown, path: string, depth: number): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'a matcher object', json);
    return;
  }
  if (depth > maxDepth) {
    report(
      issues,
      'too-deep',
      path,
      `at most ${maxDepth} levels of nested rules`,
      undefined,
      `matching rules nest deeper than ${maxDepth} levels`,
    );
    return;
  }
  const type = matcherType(json);
  if (type === undefined) {
    report(
      issues,
      'required',
      childPath(path, 'match'),
      'a matcher type',
      undefined,
      `a matcher needs "match" (e.g. "type", "regex", "integer"); got keys [${Object.keys(json).join(', ')}]`,
    );
    return;
  }
  const fields = matcherFields[type];
  if (fields === undefined) {
    report(
      issues,
      'value',
      childPath(path, 'match'),
      `one of ${Object.keys(matcherFields).join(', ')}`,
      type,
      `unknown matcher "${type}"`,
    );
    return;
  }
  rejectUnknownFields(
    issues,
    json,
    new Set(['match', 'pact:matcher:type', ...fields]),
    path,
    `a ${type} matcher`,
  );
  const needed = requiredFields[type];
  if (needed !== undefined) requireField(issues, json, needed, path, `required by the ${type} matcher`);
  checkMatcherFields(issues, json, type, path, depth);
}

function matcherType(json: JsonRecord): string | undefined {
  const match = json.match ?? json['pact:matcher:type'];
  if (typeof match === 'string') return match;
  if (match !== undefined) return undefined;
  for (const guess of ['regex', 'min', 'max', 'timestamp', 'time', 'date'])
    if (json[guess] !== undefined) return guess;
  return undefined;
}

function checkMatcherFields(
  issues: Issues,
  json: JsonRecord,
  type: string,
  path: string,
  depth: number,
): void {
  for (const key of ['regex', 'value', 'format', 'timestamp', 'datetime', 'date', 'time']) {
    if (key === 'value' && type.startsWith('each')) continue;
    checkString(issues, json, key, path);
  }
  for (const key of ['min', 'max']) {
    const value = json[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) {
      reportType(issues, childPath(path, key), 'a whole number ≥ 0', value);
    }
  }
  checkCountRange(issues, json, path);
  if (type === 'regex') checkRegex(issues, json, path);
  if (['date', 'time', 'timestamp', 'datetime'].includes(type)) checkDateFormat(issues, json, type, path);
  if (json.status !== undefined) checkStatus(issues, json.status, childPath(path, 'status'));
  if (json.variants !== undefined) checkVariants(issues, json.variants, childPath(path, 'variants'), depth);
  if (json.rules !== undefined) {
    const at = childPath(path, 'rules');
    if (!Array.isArray(json.rules)) reportType(issues, at, 'an array of matchers', json.rules);
    else
      json.rules.forEach((rule, index) => {
        checkMatcher(issues, rule, childPath(at, index), depth + 1);
      });
  }
  if (json.generator !== undefined) checkGenerator(issues, json.generator, childPath(path, 'generator'));
}

function checkStatus(issues: Issues, status: unknown, path: string): void {
  if (typeof status === 'string' && statusClasses.includes(status)) return;
  if (Array.isArray(status) && status.every((code) => Number.isInteger(code))) return;
  reportType(issues, path, `one of ${statusClasses.join(', ')} or an array of status codes`, status);
}

function checkVariants(issues: Issues, variants: unknown, path: string, depth: number): void {
  if (!Array.isArray(variants)) {
    reportType(issues, path, 'an array of variants', variants);
    return;
  }
  variants.forEach((variant, index) => {
    const at = childPath(path, index);
    if (!isPlainObject(variant)) {
      reportType(issues, at, 'a variant object', variant);
      return;
    }
    rejectUnknownFields(
      issues,
      variant,
      new Set(['index', 'rules', 'generators']),
      at,
      'an arrayContains variant',
    );
    if (variant.index !== undefined && !(Number.isInteger(variant.index) && (variant.index as number) >= 0)) {
      reportType(issues, childPath(at, 'index'), 'a whole number ≥ 0', variant.index);
    }
    if (isPlainObject(variant.rules)) {
      for (const [key, list] of Object.entries(variant.rules)) {
        checkRulePath(issues, key, 'body', childPath(childPath(at, 'rules'), key));
        checkRuleList(issues, list, childPath(childPath(at, 'rules'), key), depth + 1);
      }
    } else if (variant.rules !== undefined)
      reportType(issues, childPath(at, 'rules'), 'an object of rule lists', variant.rules);
    if (isPlainObject(variant.generators)) {
      for (const [key, generator] of Object.entries(variant.generators)) {
        checkRulePath(issues, key, 'body', childPath(childPath(at, 'generators'), key));
        checkGenerator(issues, generator, childPath(childPath(at, 'generators'), key));
      }
    } else if (variant.generators !== undefined)
      reportType(issues, childPath(at, 'generators'), 'an object of generators', variant.generators);
  });
}
