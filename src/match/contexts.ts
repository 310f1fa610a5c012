/** Building the matching context of each category of a request, response or message. */
import type { MatchingContext } from './matching-context.ts';
import type { MatchingRules, RuleCategory, SpecVersion } from './model.ts';
import { compileRules, type RuleKeying } from './rule-selection.ts';

const KEYING: Readonly<Record<RuleCategory, RuleKeying>> = {
  method: 'single',
  path: 'single',
  status: 'single',
  query: 'name',
  header: 'lower-name',
  metadata: 'name',
  body: 'path',
  content: 'path',
};

/**
 * The context for one category of rules.
 *
 * @example
 * categoryContext(request.matchingRules, 'body', false, 'V4');
 */
export function categoryContext(
  rules: MatchingRules | undefined,
  category: RuleCategory,
  allowUnexpectedKeys: boolean,
  spec: SpecVersion,
): MatchingContext {
  return { rules: compileRules(rules?.[category], KEYING[category]), allowUnexpectedKeys, spec };
}
