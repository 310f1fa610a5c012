/**
 * The consumer DSL: `createPact` and its typestate builders for HTTP interactions, asynchronous
 * messages and synchronous messages.
 */
export type { AsyncMessageDescribed, AsyncMessageReady, AsyncMessageStart } from './async-message-builder.ts';
export { ContractTestError } from './contract-test-error.ts';
export { createPact, type PactBuilder } from './create-pact.ts';
export type { ReceivedMessage } from './delivered-message.ts';
export type { ConsumerTest } from './execute-http-test.ts';
export type { MessageHandler, SyncMessageExchange, SyncMessageHandler } from './execute-message-test.ts';
export type {
  FileRequest,
  FileResponse,
  HttpInteractionDescribed,
  HttpInteractionReady,
  HttpInteractionStart,
  HttpInteractionWithRequest,
} from './http-interaction-builder.ts';
export type { RequestTemplate, ResponseTemplate, TemplateValue } from './http-parts.ts';
export type { InteractionMarkup } from './interaction-markup.ts';
export type { MessageTemplate } from './message-parts.ts';
export type { CreatePactOptions } from './pact-options.ts';
export {
  binaryBody,
  binaryFileBody,
  isPreparedBody,
  multipartFileBody,
  type PreparedBody,
} from './prepared-body.ts';
export type {
  ContractRuntime,
  MockServerInfo,
  MockServerOutcome,
  MockServerStartOptions,
  RunningMockServer,
} from './runtime.ts';
export type { SyncMessageReady, SyncMessageStart, SyncMessageWithRequest } from './sync-message-builder.ts';
export type { RequestBuilder, ResponseBuilder } from './template-builders.ts';
