/**
 * Steps that need a capability seam does not have yet. A scenario using any of them is skipped with
 * the capability as its reason, decided before it runs. When the capability lands, its steps move
 * from here to a file of their own with a `run`.
 */
import { definePending, type StepDefinition } from '../step-registry.ts';

const mockServer: readonly RegExp[] = [
  /^the mock server is started with interactions? /,
  /^request \d+ is made to the mock server( with the following changes:)?$/,
  /^a \d+ (success|error) response is returned$/,
  /^the payload will contain the ".*" JSON document$/,
  /^the content type will be set as ".*"$/,
  /^the pact test is done$/,
  /^the mock server status will /,
  /^the mock server will (NOT )?write out a Pact file /,
  /^the pact file will contain \{\d+\} interactions?$/,
  /^the \{(first|second|third)\} interaction (request|response) /,
  /^the mismatches will contain a "[^"]*" mismatch with (path "[^"]*" with )?error ".*"$/,
];

const providerVerifier: readonly RegExp[] = [
  /^a provider is started that returns the responses? from interactions? /,
  /^a provider is started that can generate the ".*" message with /,
  /^a Pact file for interaction \d+ is to be verified(?! from a Pact broker)/,
  /^a Pact file for ".*" is to be verified/,
  /^the verification is run$/,
  /^the verification will (NOT )?be successful$/,
  /^the verification results will contain a ".*" error$/,
  /^a provider state callback is configured(, but will return a failure)?$/,
  /^the provider state callback will /,
  /^a warning will be displayed that there was no provider state callback configured /,
  /^a request filter is configured to make the following changes:$/,
  /^the request to the provider will contain the header ".*"$/,
  /^there will be a pending ".*" error$/,
  /^the comment ".*" will have been printed to the console$/,
  /^the ".*" will displayed as the original test name$/,
];

const pactBroker: readonly RegExp[] = [
  /^a Pact file for interaction \d+ is to be verified from a Pact broker$/,
  /^publishing of verification results is enabled$/,
  /^a (successful|failed) verification result will be published back /,
  /^a verification result will NOT be published back$/,
];

const consumerDsl: readonly RegExp[] = [
  /^an integration is being defined for a consumer test$/,
  /^an HTTP interaction is being defined for a consumer test$/,
  /^a provider state ".*" is specified( with the following data:)?$/,
  /^the Pact file for the test is generated$/,
  /^the interaction in the Pact file will contain /,
  /^the provider state ".*" in the Pact file will contain the following parameters:$/,
  /^a key of ".*" is specified for the HTTP interaction$/,
  /^the HTTP interaction is marked as pending$/,
  /^a comment ".*" is added to the HTTP interaction$/,
  /^the first interaction in the Pact file will have /,
  /^there will be an interaction in the Pact file with a type of ".*"$/,
];

const messageContracts: readonly RegExp[] = [
  /^an? (message integration|message interaction|synchronous message interaction) is being defined for a consumer test$/,
  /^a message is defined$/,
  /^a provider state ".*" for the (synchronous )?message is specified( with the following data:)?$/,
  /^a key of ".*" is specified for the (synchronous )?message interaction$/,
  /^the (synchronous )?message interaction is marked as pending$/,
  /^a comment ".*" is added to the (synchronous )?message interaction$/,
  /^the message (payload|request payload|response payload) contains the ".*" (JSON )?document$/,
  /^the message (request |response )?(contains the following metadata|is configured with the following):$/,
  /^the message (request |response )?contents for ".*" will have been replaced with an? ".*"$/,
  /^the message is (NOT )?successfully processed/,
  /^the received message /,
  /^the consumer test (will have (passed|failed)|error will be ".*")$/,
  /^a Pact file for the message interaction will (NOT )?have been written$/,
  /^the pact file will contain \d+ (message )?interactions?$/,
  /^the first message in the [Pp]act file /,
  /^the first interaction in the pact file (will contain|request content type|response content type) /,
  /^the provider state ".*" for the message will contain the following parameters:$/,
];

/** The pending table: every step of the features seam cannot run yet, by the capability it needs. */
export const pendingSteps: readonly StepDefinition[] = [
  ...mockServer.map((pattern) => definePending(pattern, 'mock server')),
  ...providerVerifier.map((pattern) => definePending(pattern, 'provider verifier')),
  ...pactBroker.map((pattern) => definePending(pattern, 'pact broker')),
  ...consumerDsl.map((pattern) => definePending(pattern, 'consumer DSL')),
  ...messageContracts.map((pattern) => definePending(pattern, 'message contracts')),
];
