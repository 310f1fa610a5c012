/**
 * What a comparison needs besides the two values: the compiled rules of the category, whether
 * unexpected keys are allowed (responses and messages: yes; requests: no, Postel's law) and the spec.
 */
import type { SpecVersion } from './model.ts';
import type { CompiledRules } from './rule-selection.ts';

/** The matching context of one category. */
export interface MatchingContext {
  readonly rules: CompiledRules;
  readonly allowUnexpectedKeys: boolean;
  readonly spec: SpecVersion;
}

/**
 * The same context with other rules (for `eachValue` and `arrayContains` variants).
 *
 * @example
 * const variantContext = withRules(context, compileRules(variant.rules, 'path'));
 */
export function withRules(context: MatchingContext, rules: CompiledRules): MatchingContext {
  return { rules, allowUnexpectedKeys: context.allowUnexpectedKeys, spec: context.spec };
}
