/**
 * Rule evaluation: one matcher per rule type, and the dispatch of a rule to the matcher for a
 * kind of value.
 */
export {
  matchBytesRule,
  matchElementRule,
  matchJsonRule,
  matchListRule,
  matchMapRule,
  matchStatusRule,
  matchTextRule,
} from './dispatch-rule.ts';
export type { ListValue, RuleMatcher, Verdict } from './rule-matcher.ts';
