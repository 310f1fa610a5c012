/**
 * Pact matching semantics: rules, generators, mismatches.
 *
 * `matchRequest`, `matchResponse` and `matchMessage` compare whole parts as the Pact reference
 * implementation does (V1–V4); `matchBody`, `matchHeaders`, `matchQuery`, `matchPath`, `matchMethod`,
 * `matchStatus`, `matchMetadata` and `matchJson` compare one part; `parseJsonPath`, `compileRules`,
 * `selectRules` and `findRules` tell which rules apply where. `generateRequest`, `generateResponse`
 * and `generateMessage` apply generators; `matchesJavaFormat` and `formatJavaDate` handle Java-style
 * date patterns. The exports are kept in Biome's sorted order.
 */

export * from './datetime/index.ts';
export * from './generators/index.ts';
export { type PathParseResult, type PathToken, parseJsonPath } from './json-path.ts';
export { compileRegex } from './matchers/regex-cache.ts';
export { matchMessage, messageContentType, metadataContentTypeEntry } from './message.ts';
export type * from './model.ts';
export type { MatchOptions } from './options.ts';
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
