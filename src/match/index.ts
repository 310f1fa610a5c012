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

export {
  compileJavaPattern,
  type DateTimeExpressionOptions,
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATETIME_GENERATOR_FORMAT,
  DEFAULT_TIME_FORMAT,
  DEFAULT_TIMESTAMP_FORMAT,
  evaluateDateExpression,
  evaluateDateTimeExpression,
  evaluateTimeExpression,
  formatJavaDate,
  matchesJavaFormat,
  type PatternToken,
  parseJavaPattern,
} from './datetime/index.ts';
export {
  appliesInMode,
  createSeededRandom,
  type GeneratorContext,
  type GeneratorIssue,
  type GeneratorMode,
  generateMessage,
  generateRequest,
  generateResponse,
  generateValue,
  generatorProblem,
  maxGeneratedLength,
} from './generators/index.ts';
export { type PathParseResult, type PathToken, parseJsonPath } from './json-path.ts';
export { compileRegex } from './matchers/regex-cache.ts';
export { matchMessage, messageContentType, metadataContentTypeEntry } from './message.ts';
export type {
  ArrayContainsVariant,
  Body,
  Generator,
  GeneratorCategory,
  Generators,
  GeneratorType,
  Headers,
  HttpRequest,
  HttpResponse,
  MatchingRule,
  MatchingRules,
  MatchingRuleType,
  MatchResult,
  Message,
  Mismatch,
  MismatchCode,
  Query,
  RuleCategory,
  RuleList,
  SpecVersion,
  StatusCodeClass,
} from './model.ts';
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
