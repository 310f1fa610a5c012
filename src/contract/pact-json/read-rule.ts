/**
 * Reads one matching rule (`{ match: 'type', min: 1 }`) into the {@link MatchingRule} model,
 * normalising the aliases found in pact files as the Rust reference does.
 */
import { isPlainObject, SeamError } from '../../core/index.ts';
import type {
  ArrayContainsVariant,
  Generator,
  MatchingRule,
  RuleList,
  StatusCodeClass,
} from '../../match/index.ts';
import { describeValue, type JsonRecord, jsonToCount, jsonToString, setOwn } from '../json/untyped-json.ts';
import { childPath } from './location-path.ts';
import { readGenerator } from './read-generators.ts';
import { readRuleList } from './read-rule-list.ts';

/** How deep `eachKey`/`eachValue`/`arrayContains` rules may nest before a file is rejected. */
export const maxRuleDepth = 32;

const statusClasses: readonly StatusCodeClass[] = [
  'info',
  'success',
  'redirect',
  'clientError',
  'serverError',
  'nonError',
  'error',
];

/**
 * Reads one matching rule. The type comes from `match` (or `pact:matcher:type`); without it, the
 * rule is guessed from `regex`, `min`, `max`, `timestamp`, `time` or `date`. Aliases: `datetime` →
 * `timestamp`, `real` → `decimal`, `min`/`max`/`min-type`/`max-type` → `type`, kebab-case names
 * (`content-type`, `array-contains`, `status-code`, `not-empty`, `each-key`, `each-value`). A format
 * is read from `format` or from the key named after the matcher.
 *
 * @throws SeamError `invalid-matching-rule` when the rule is not an object, has an unknown type, or
 *   lacks a required field (`regex`, `value`, `variants`).
 * @example
 * readMatchingRule({ min: 1 }); // { match: 'type', min: 1 }
 * readMatchingRule({ match: 'datetime', datetime: 'yyyy-MM-dd' }); // { match: 'timestamp', format: 'yyyy-MM-dd' }
 */
export function readMatchingRule(json: unknown, location = '$', depth = 0): MatchingRule {
  if (!isPlainObject(json))
    throw ruleError(`a matching rule must be an object, got ${describeValue(json)}`, location);
  if (depth > maxRuleDepth)
    throw ruleError(`matching rules nest deeper than ${maxRuleDepth} levels`, location);
  const type = json.match ?? json['pact:matcher:type'];
  if (type !== undefined) return createRule(jsonToString(type), json, location, depth);
  return guessRule(json, location);
}

function guessRule(json: JsonRecord, location: string): MatchingRule {
  if (json.regex !== undefined) return { match: 'regex', regex: jsonToString(json.regex) };
  const min = jsonToCount(json.min);
  if (min !== undefined) return { match: 'type', min };
  const max = jsonToCount(json.max);
  if (max !== undefined) return { match: 'type', max };
  for (const match of ['timestamp', 'time', 'date'] as const) {
    if (json[match] !== undefined) return { match, format: jsonToString(json[match]) };
  }
  throw ruleError(
    `a matching rule needs a "match" field (or one of regex, min, max, timestamp, time, date); got keys [${Object.keys(json).join(', ')}]`,
    location,
  );
}

function createRule(type: string, json: JsonRecord, location: string, depth: number): MatchingRule {
  switch (type) {
    case 'equality':
    case 'number':
    case 'integer':
    case 'decimal':
    case 'boolean':
    case 'null':
    case 'values':
    case 'semver':
      return { match: type };
    case 'real':
      return { match: 'decimal' };
    case 'notEmpty':
    case 'not-empty':
      return { match: 'notEmpty' };
    case 'regex':
      return { match: 'regex', regex: jsonToString(required(json, 'regex', type, location)) };
    case 'include':
      return { match: 'include', value: jsonToString(required(json, 'value', type, location)) };
    case 'contentType':
    case 'content-type':
      return { match: 'contentType', value: jsonToString(required(json, 'value', type, location)) };
    case 'type':
      return typeRule(jsonToCount(json.min), jsonToCount(json.max));
    case 'min':
    case 'min-type':
      return typeRule(countField(json, 'min', type, location), undefined);
    case 'max':
    case 'max-type':
      return typeRule(undefined, countField(json, 'max', type, location));
    case 'timestamp':
    case 'datetime':
      return formatRule('timestamp', json.format ?? json[type]);
    case 'date':
    case 'time':
      return formatRule(type, json.format ?? json[type]);
    case 'arrayContains':
    case 'array-contains':
      return { match: 'arrayContains', variants: readVariants(json.variants, location, depth) };
    case 'statusCode':
    case 'status-code':
      return { match: 'statusCode', status: readStatus(json.status, location) };
    case 'eachKey':
    case 'each-key':
    case 'eachValue':
    case 'each-value':
      return eachRule(
        type.startsWith('eachK') || type === 'each-key' ? 'eachKey' : 'eachValue',
        json,
        location,
        depth,
      );
    default:
      throw ruleError(`"${type}" is not a known matching rule type`, childPath(location, 'match'));
  }
}

function typeRule(min: number | undefined, max: number | undefined): MatchingRule {
  if (min !== undefined && max !== undefined) return { match: 'type', min, max };
  if (min !== undefined) return { match: 'type', min };
  if (max !== undefined) return { match: 'type', max };
  return { match: 'type' };
}

function formatRule(match: 'timestamp' | 'date' | 'time', format: unknown): MatchingRule {
  return format === undefined ? { match } : { match, format: jsonToString(format) };
}

function required(json: JsonRecord, field: string, type: string, location: string): unknown {
  const value = json[field];
  if (value === undefined) throw ruleError(`the ${type} matcher needs a "${field}" field`, location);
  return value;
}

function countField(json: JsonRecord, field: string, type: string, location: string): number {
  const count = jsonToCount(json[field]);
  if (count === undefined) {
    throw ruleError(
      `the ${type} matcher needs "${field}" to be a count, got ${describeValue(json[field])}`,
      childPath(location, field),
    );
  }
  return count;
}

function readVariants(json: unknown, location: string, depth: number): ArrayContainsVariant[] {
  const at = childPath(location, 'variants');
  if (!Array.isArray(json))
    throw ruleError(`arrayContains needs "variants" to be an array, got ${describeValue(json)}`, at);
  return json.map((variant, index) => readVariant(variant, childPath(at, index), depth));
}

function readVariant(json: unknown, location: string, depth: number): ArrayContainsVariant {
  if (!isPlainObject(json))
    throw ruleError(`an arrayContains variant must be an object, got ${describeValue(json)}`, location);
  const index = jsonToCount(json.index) ?? 0;
  const rules: Record<string, RuleList> =
    json.rules === undefined
      ? { $: equalityList }
      : readVariantRules(json.rules, childPath(location, 'rules'), depth);
  const generators = readVariantGenerators(json.generators);
  return generators === undefined ? { index, rules } : { index, rules, generators };
}

const equalityList: RuleList = { rules: [{ match: 'equality' }], combine: 'AND' };

function readVariantRules(json: unknown, location: string, depth: number): Record<string, RuleList> {
  const rules: Record<string, RuleList> = {};
  if (!isPlainObject(json)) return rules;
  if ('matchers' in json) {
    const list = readRuleList(json, location, depth + 1);
    if (list !== undefined) setOwn(rules, '$', list);
    return rules;
  }
  for (const [path, value] of Object.entries(json)) {
    const list = readRuleList(value, childPath(location, path), depth + 1);
    if (list !== undefined) setOwn(rules, path, list);
  }
  return rules;
}

function readVariantGenerators(json: unknown): Record<string, Generator> | undefined {
  if (!isPlainObject(json)) return undefined;
  const generators: Record<string, Generator> = {};
  for (const [path, value] of Object.entries(json)) {
    const generator = readGenerator(value);
    if (generator !== undefined) setOwn(generators, path, generator);
  }
  return Object.keys(generators).length === 0 ? undefined : generators;
}

function readStatus(json: unknown, location: string): StatusCodeClass | readonly number[] {
  if (json === undefined) return 'success';
  if (typeof json === 'string' && (statusClasses as readonly string[]).includes(json))
    return json as StatusCodeClass;
  if (Array.isArray(json) && json.every((code) => jsonToCount(code) !== undefined)) {
    return json.map((code) => jsonToCount(code) ?? 0);
  }
  throw ruleError(
    `statusCode needs "status" to be one of ${statusClasses.join(', ')} or an array of status codes, got ${describeValue(json)}`,
    childPath(location, 'status'),
  );
}

function eachRule(
  match: 'eachKey' | 'eachValue',
  json: JsonRecord,
  location: string,
  depth: number,
): MatchingRule {
  const at = childPath(location, 'rules');
  const rulesJson = json.rules ?? [];
  if (!Array.isArray(rulesJson))
    throw ruleError(`${match} needs "rules" to be an array, got ${describeValue(rulesJson)}`, at);
  const rules = rulesJson.map((rule, index) => readMatchingRule(rule, childPath(at, index), depth + 1));
  return json.value === undefined ? { match, rules } : { match, rules, value: json.value };
}

function ruleError(message: string, location: string): SeamError {
  return new SeamError('invalid-matching-rule', message, { location });
}
