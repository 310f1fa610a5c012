/**
 * Consumer-driven contracts, Pact-compatible. The exports below are kept in Biome's sorted order;
 * by subject they are:
 *
 * - the pact model and files: `Pact` and its interaction types, `readPact`, `loadPactFile`,
 *   `writePactJson`, `savePactFile`, `mergePactFile` (locked, for parallel test workers);
 * - part readers and writers: the JSON of a request, response, message, body, rules or generators
 *   (as in pact files and the pact-specification cases) to and from the model of
 *   `src/match/model.ts`, exact inverses for V3 and V4;
 * - validation: `validatePact`, `checkPactFiles`;
 * - the consumer side: `createPact` (typestate DSL), `matchers` (pact-js-compatible),
 *   `startMockServer`;
 * - the provider side: `verifyProvider`, `formatVerificationReport`, `toJUnit`.
 */

export {
  type AsyncMessageDescribed,
  type AsyncMessageReady,
  type AsyncMessageStart,
  binaryBody,
  binaryFileBody,
  type ConsumerTest,
  type ContractRuntime,
  ContractTestError,
  type CreatePactOptions,
  createPact,
  type FileRequest,
  type FileResponse,
  type HttpInteractionDescribed,
  type HttpInteractionReady,
  type HttpInteractionStart,
  type HttpInteractionWithRequest,
  isPreparedBody,
  type MessageHandler,
  type MessageTemplate,
  type MockServerInfo,
  type MockServerOutcome,
  type MockServerStartOptions,
  multipartFileBody,
  type PactBuilder,
  type PreparedBody,
  type ReceivedMessage,
  type RequestBuilder,
  type RequestTemplate,
  type ResponseBuilder,
  type ResponseTemplate,
  type RunningMockServer,
  type SyncMessageExchange,
  type SyncMessageHandler,
  type SyncMessageReady,
  type SyncMessageStart,
  type SyncMessageWithRequest,
  type TemplateValue,
} from './dsl/index.ts';
export * as matchers from './dsl-matchers/index.ts';
export {
  type ArrayContainsMatcher,
  arrayContaining,
  atLeastLike,
  atLeastOneLike,
  atMostLike,
  boolean,
  constrainedArrayLike,
  contentType,
  date,
  dateTimeExpression,
  datetime,
  decimal,
  type EachLikeOptions,
  EMAIL_FORMAT,
  type ExpectationCategory,
  type Expectations,
  eachKeyLike,
  eachKeyMatches,
  eachLike,
  eachValueMatches,
  email,
  equal,
  extractExpectations,
  extractPayload,
  type FormatMatcher,
  fromProviderState,
  fromRegex,
  HEX_FORMAT,
  hexadecimal,
  IPV4_FORMAT,
  IPV6_FORMAT,
  ISO8601_DATE_FORMAT,
  ISO8601_DATETIME_FORMAT,
  ISO8601_DATETIME_WITH_MILLIS_FORMAT,
  ISO8601_TIME_FORMAT,
  includes,
  integer,
  ipv4Address,
  ipv6Address,
  isMatcher,
  iso8601Date,
  iso8601DateTime,
  iso8601DateTimeWithMillis,
  iso8601Time,
  like,
  type Matcher,
  type MaxArrayMatcher,
  type MinArrayMatcher,
  matchStatus,
  notEmpty,
  nullValue,
  number,
  type ProviderStateMatcher,
  type RegexMatcher,
  RFC1123_TIMESTAMP_FORMAT,
  type RulesMatcher,
  randomBoolean,
  randomDecimal,
  randomHexadecimal,
  randomInt,
  randomString,
  regex,
  reify,
  rfc1123Timestamp,
  type StatusClassName,
  semver,
  statusCode,
  string,
  time,
  timestamp,
  type UrlFragment,
  UUID_FORMAT,
  url,
  url2,
  uuid,
} from './dsl-matchers/index.ts';
export { type FileLockOptions, withFileLock } from './locking/file-lock.ts';
export { fromHttpResponse, fromRawHttpResponse, toHttpRequest } from './mock-server/http-exchange.ts';
export {
  type ClosestInteraction,
  createMockHandler,
  formatMockServerReport,
  type MockHandler,
  type MockHandlerOptions,
  type MockServerHandle,
  type MockServerIssue,
  type MockServerOptions,
  type MockServerResult,
  type RequestLine,
  startMockServer,
} from './mock-server/index.ts';
export type {
  HttpInteraction,
  Interaction,
  InteractionCommon,
  InteractionMarkup,
  MessageInteraction,
  OtherInteraction,
  Pact,
  Pacticipant,
  ProviderState,
  SyncMessageInteraction,
} from './model/pact.ts';
export { interactionTypes } from './model/pact.ts';
export {
  type CheckPactFilesOptions,
  checkPactFiles,
  type PactCheckReport,
  type PactFileCheck,
} from './pact-file/check-pact-files.ts';
export {
  defaultMaxPactFileBytes,
  type LoadPactFileOptions,
  loadPactFile,
  readPactFileJson,
  savePactFile,
} from './pact-file/load-and-save.ts';
export { type MergePactFileOptions, mergePactFile, mergePacts } from './pact-file/merge-pact-file.ts';
export { readHeaders, writeHeadersV3, writeHeadersV4 } from './pact-json/headers.ts';
export { readRequest, writeRequest } from './pact-json/http-request.ts';
export { readResponse, writeResponse } from './pact-json/http-response.ts';
export { readMessage, writeMessage } from './pact-json/message.ts';
export type { PartKind } from './pact-json/part-category.ts';
export { decodeQueryComponent, parseQueryString, readQueryMap, writeQueryMap } from './pact-json/query.ts';
export { readBody } from './pact-json/read-body.ts';
export { readGenerator, readGenerators } from './pact-json/read-generators.ts';
export { readInteraction } from './pact-json/read-interaction.ts';
export { readMatchingRules } from './pact-json/read-matching-rules.ts';
export { readPact } from './pact-json/read-pact.ts';
export { readMatchingRule } from './pact-json/read-rule.ts';
export { declaredSpecVersion, parseSpecVersion, specVersionText } from './pact-json/spec-version.ts';
export { type WrittenBody, writeBodyV3, writeBodyV4 } from './pact-json/write-body.ts';
export { writeGenerators } from './pact-json/write-generators.ts';
export { writeInteraction } from './pact-json/write-interaction.ts';
export { writeMatchingRules } from './pact-json/write-matching-rules.ts';
export { formatPactJson, writePactJson } from './pact-json/write-pact.ts';
export { writeMatchingRule } from './pact-json/write-rule.ts';
export { writeRuleList } from './pact-json/write-rule-list.ts';
export type { ValidationIssue, ValidationIssueCode } from './validation/issues.ts';
export {
  formatIssue,
  type PactValidation,
  type ValidatePactOptions,
  validatePact,
} from './validation/validate-pact.ts';
export {
  type ConsumerVersionSelector,
  formatVerificationReport,
  type InteractionResult,
  type MessageProvider,
  type MessageProviderContext,
  type ProducedMessage,
  type StateContext,
  type StateFunction,
  type StateHandler,
  toJUnit,
  type VerificationIssue,
  type VerificationIssueCode,
  type VerificationReport,
  type VerifyProviderOptions,
  verifyProvider,
} from './verifier/index.ts';
