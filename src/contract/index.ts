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
export { readBody } from './body-reader.ts';
export { type WrittenBody, writeBodyV3, writeBodyV4 } from './body-writer.ts';
export {
  type CheckPactFilesOptions,
  checkPactFiles,
  type PactCheckReport,
  type PactFileCheck,
} from './check-pact-files.ts';
export * from './dsl/index.ts';
export { type FileLockOptions, withFileLock } from './file-lock.ts';
export { readGenerator, readGenerators } from './generator-reader.ts';
export { writeGenerators } from './generators-writer.ts';
export { readHeaders, writeHeadersV3, writeHeadersV4 } from './headers.ts';
export { fromHttpResponse, fromRawHttpResponse, toHttpRequest } from './http-exchange.ts';
export { readRequest, writeRequest } from './http-request.ts';
export { readResponse, writeResponse } from './http-response.ts';
export { readInteraction } from './interaction-reader.ts';
export { writeInteraction } from './interaction-writer.ts';
export * from './matchers/index.ts';
export * as matchers from './matchers/index.ts';
export { readMatchingRule } from './matching-rule-reader.ts';
export { readMatchingRules } from './matching-rules-reader.ts';
export { writeMatchingRule, writeMatchingRules, writeRuleList } from './matching-rules-writer.ts';
export { readMessage, writeMessage } from './message.ts';
export * from './mock-server/index.ts';
export {
  defaultMaxPactFileBytes,
  type LoadPactFileOptions,
  loadPactFile,
  readPactFileJson,
  savePactFile,
} from './pact-file.ts';
export { type MergePactFileOptions, mergePactFile, mergePacts } from './pact-merge.ts';
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
} from './pact-model.ts';
export { interactionTypes } from './pact-model.ts';
export { readPact } from './pact-reader.ts';
export { formatPactJson, writePactJson } from './pact-writer.ts';
export type { PartKind } from './part-category.ts';
export { decodeQueryComponent, parseQueryString, readQueryMap, writeQueryMap } from './query.ts';
export { declaredSpecVersion, parseSpecVersion, specVersionText } from './spec-version.ts';
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
