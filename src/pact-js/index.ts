/**
 * pact-js 17's public names over seam's engine: change `from '@pact-foundation/pact'` to
 * `from 'seam/pact-js'` and a pact-js suite runs on seam's mock server, pact writer and verifier.
 * `Verifier.verifyProvider()` rejects on failure, as pact-js's does. Features seam lacks throw a
 * `SeamError` `unsupported` naming them; docs/pact-js.md has the name map.
 */
import * as MatchersV3 from './matchers-v3.ts';

export {
  asynchronousBodyHandler,
  synchronousBodyHandler,
  v4AsynchronousBodyHandler,
  v4SynchronousBodyHandler,
} from './body-handlers.ts';
export type {
  LogLevel,
  PactV3Options,
  PactV4Options,
  PactV4Options as PactOptions,
} from './consumer-options.ts';
export type { FilterRequest, RequestFilter } from './express-request-filter.ts';
export type {
  V3Interaction,
  V3MockServer,
  V3ProviderState,
  V3Request,
  V3Response,
  V4MockServer,
  V4Request,
  V4Response,
} from './http-types.ts';
export type { V4Comment } from './interaction-draft.ts';
export {
  type ConcreteMessage,
  type MessageConsumer,
  type MessageConsumerOptions,
  MessageConsumerPact,
  type MessageProviderState,
} from './message-consumer-pact.ts';
export type { V4MessageBuilder, V4MessageRequestBuilder } from './message-content.ts';
export {
  MessageProviderPact,
  type MessageStateHandlers,
  type PactMessageProviderOptions,
} from './message-provider-pact.ts';
export { providerWithMetadata } from './message-providers.ts';
export { PactV3 } from './pact-v3.ts';
export { PactV4, PactV4 as Pact } from './pact-v4.ts';
export { ProviderVerificationError } from './provider-verification-error.ts';
export { SpecificationVersion } from './specification-version.ts';
export { HTTPResponseStatusClass } from './status-class.ts';
export {
  ApolloGraphQLInteraction,
  GraphQLInteraction,
  GraphQLPactV3,
  Interaction,
  PactV2,
  XmlBuilder,
} from './unsupported-names.ts';
export type { V4RequestBuilder, V4ResponseBuilder } from './v4-body-builders.ts';
export type {
  V4InteractionWithCompleteRequest,
  V4InteractionWithRequest,
  V4InteractionWithResponse,
  V4UnconfiguredInteraction,
} from './v4-http-interaction.ts';
export type {
  AsynchronousMessage,
  SynchronousMessage,
  V4AsynchronousMessageWithContent,
  V4UnconfiguredAsynchronousMessage,
  V4UnconfiguredSynchronousMessage,
} from './v4-message-interactions.ts';
export { Verifier } from './verifier.ts';
export type {
  Hook,
  MessageDescriptor,
  MessageProvider,
  MessageProviders,
  StateFunc,
  StateHandler,
  StateHandlers,
  VerifierOptions,
} from './verifier-options.ts';
export { MatchersV3, MatchersV3 as Matchers };
