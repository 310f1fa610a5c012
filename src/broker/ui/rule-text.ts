/** Matching rules and generators as short readable text (`regex ^\d+$`, `type, at least 1`). */
import type { Generator, MatchingRule, RuleList } from '../../match/index.ts';

/**
 * One matching rule as text.
 *
 * @example
 * ruleText({ match: 'regex', regex: '^\\d+$' }); // 'regex ^\d+$'
 */
export function ruleText(rule: MatchingRule): string {
  switch (rule.match) {
    case 'regex':
      return `regex ${rule.regex}`;
    case 'type':
      return [
        'type',
        rule.min === undefined ? '' : `at least ${rule.min}`,
        rule.max === undefined ? '' : `at most ${rule.max}`,
      ]
        .filter((item) => item !== '')
        .join(', ');
    case 'include':
      return `include "${rule.value}"`;
    case 'contentType':
      return `contentType ${rule.value}`;
    case 'timestamp':
    case 'date':
    case 'time':
      return rule.format === undefined ? rule.match : `${rule.match} ${rule.format}`;
    case 'arrayContains':
      return `arrayContains (${rule.variants.length} variant${rule.variants.length === 1 ? '' : 's'})`;
    case 'statusCode':
      return `statusCode ${Array.isArray(rule.status) ? rule.status.join(', ') : String(rule.status)}`;
    case 'eachKey':
    case 'eachValue':
      return `${rule.match}(${rule.rules.map(ruleText).join('; ')})`;
    default:
      return rule.match;
  }
}

/**
 * The rules at one path, joined by how they combine.
 *
 * @example
 * ruleListText({ combine: 'AND', rules: [{ match: 'type' }] }); // 'type'
 */
export function ruleListText(list: RuleList): string {
  return list.rules.map(ruleText).join(list.combine === 'OR' ? ' or ' : ' and ');
}

/**
 * A generator as text: its type and parameters.
 *
 * @example
 * generatorText({ type: 'Uuid', format: 'lower-case-hyphenated' }); // 'Uuid (format: lower-case-hyphenated)'
 */
export function generatorText(generator: Generator): string {
  const parameters = Object.entries(generator)
    .filter(([key]) => key !== 'type')
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return parameters.length === 0 ? generator.type : `${generator.type} (${parameters.join(', ')})`;
}
