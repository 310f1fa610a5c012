/** The `type` rule, with optional `min` and `max` sizes for collections. */
import {
  isJsonNumber,
  isJsonObject,
  type JsonValue,
  stringifyJson,
  xmlChildNodeCount,
  xmlName,
} from '../../core/index.ts';
import { typedJson } from '../mismatch-messages.ts';
import type { MatchingRule } from '../model.ts';
import { displayListValue, mapDebug } from './list-display.ts';
import { matches, type RuleMatcher, type Verdict } from './rule-matcher.ts';

type TypeRule = Extract<MatchingRule, { match: 'type' }>;

function kindOf(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isJsonNumber(value)) return 'number';
  if (isJsonObject(value)) return 'object';
  return typeof value;
}

/**
 * A size check: `describe` is how the value is shown, `size` its size.
 *
 * @example
 * sizeVerdict({ match: 'type', min: 1 }, 0, false, (kind, n) => `${kind} ${n}`); // 'min 1'
 */
export function sizeVerdict(
  rule: TypeRule,
  size: number,
  cascaded: boolean,
  message: (bound: 'min' | 'max', limit: number) => string,
): Verdict {
  if (cascaded) return undefined;
  if (rule.min !== undefined && size < rule.min) return message('min', rule.min);
  if (rule.max !== undefined && size > rule.max) return message('max', rule.max);
  return undefined;
}

function jsonType(rule: TypeRule, expected: JsonValue, actual: JsonValue, cascaded: boolean): Verdict {
  if (kindOf(expected) !== kindOf(actual)) {
    return `Expected ${typedJson(actual)} to be the same type as ${typedJson(expected)}`;
  }
  if (!Array.isArray(actual)) return undefined;
  return sizeVerdict(rule, actual.length, cascaded, (bound, limit) =>
    bound === 'min'
      ? `Expected '${stringifyJson(actual)}' to have at least ${limit} item(s)`
      : `Expected '${stringifyJson(actual)}' to have at most ${limit} item(s)`,
  );
}

const sizeMessage = (shown: () => string, size: number) => (bound: 'min' | 'max', limit: number) =>
  `Expected ${shown()} (size ${size}) to have ${bound === 'min' ? 'minimum' : 'maximum'} size of ${limit}`;

/** Checks for `{ match: 'type', min?, max? }`. */
export const typeMatcher: RuleMatcher<TypeRule> = {
  text: matches,
  json: jsonType,
  status: matches,
  bytes: matches,
  list: (rule, _expected, actual, cascaded) =>
    sizeVerdict(
      rule,
      actual.items.length,
      cascaded,
      sizeMessage(() => displayListValue(actual), actual.items.length),
    ),
  map: (rule, _expected, actual, cascaded) => {
    const size = Object.keys(actual).length;
    return sizeVerdict(
      rule,
      size,
      cascaded,
      sizeMessage(() => mapDebug(actual), size),
    );
  },
  element: (rule, expected, actual, cascaded) => {
    if (rule.min === undefined && rule.max === undefined && xmlName(expected) !== xmlName(actual)) {
      return `Expected '${xmlName(expected)}' to be the same type as '${xmlName(actual)}'`;
    }
    return sizeVerdict(rule, xmlChildNodeCount(actual), cascaded, (bound, limit) =>
      bound === 'min'
        ? `Expected '${xmlName(actual)}' to have at least ${limit} children`
        : `Expected '${xmlName(actual)}' to have at most ${limit} children`,
    );
  },
};
