/**
 * Pact matching semantics: rules, generators, mismatches.
 *
 * `matchRequest`, `matchResponse` and `matchMessage` compare whole parts as the Pact reference
 * implementation does (V1–V4); the part matchers and rule lookups below are their building blocks.
 */

// Generators and Java-style date formats.
export * from './datetime/index.ts';
export * from './generators/index.ts';
// Rules and paths.
export { type PathParseResult, type PathToken, parseJsonPath } from './json-path.ts';
export { matchMessage, messageContentType } from './message.ts';
export type * from './model.ts';
// Whole requests, responses and messages.
export type { MatchOptions } from './options.ts';
// One part at a time.
export {
  matchBody,
  matchHeaders,
  matchJson,
  matchMetadata,
  matchMethod,
  matchPath,
  matchQuery,
  matchStatus,
  type PartMatchOptions,
} from './parts.ts';
export { formatPath, formatSegment, joinPath } from './path-format.ts';
export { matchRequest } from './request.ts';
export { matchResponse } from './response.ts';
export { debugRule } from './rule-debug.ts';
export { findRules } from './rule-lookup.ts';
export {
  type CompiledRules,
  compileRules,
  matcherIsDefined,
  pathWeight,
  type RuleKeying,
  type SelectedRules,
  selectRules,
} from './rule-selection.ts';
