/**
 * seam's contract broker: a Pact-Broker-compatible HAL API over an embedded node:sqlite store,
 * and a client that publishes pact files to any Pact Broker.
 *
 * @example
 * import { startBroker, publishPacts } from 'seam/broker';
 * await using broker = await startBroker({ dataDir: './broker-data' });
 * await publishPacts({ brokerUrl: broker.url, pactFiles: ['pacts'], consumerVersion: '1.0.0', branch: 'main' });
 */
export {
  type AccessLevel,
  type BasicCredentials,
  type BrokerAuthOptions,
  isAuthConfigured,
} from './auth/broker-auth-options.ts';
export { type BrokerAuthFlags, resolveBrokerAuth } from './auth/resolve-broker-auth.ts';
export { withAuth } from './auth/with-auth.ts';
export {
  type BrokerConnection,
  type CanIDeployAnswer,
  canIDeploy,
  createEnvironment,
  recordInEnvironment,
  recordSupportEnded,
  recordUndeployment,
} from './client/deployments.ts';
export { fetchCompatibilityMatrix, fetchFigures } from './client/figures.ts';
export { type PublishedPact, type PublishPactsOptions, publishPacts } from './client/publish-pacts.ts';
export { type BrokerHandlerOptions, createBrokerHandler } from './create-broker-handler.ts';
export type {
  BrokerFigures,
  CompatibilityFigures,
  DeployedPair,
  PairStability,
  StabilityDay,
  StabilityFigures,
} from './figures/broker-figures.ts';
export {
  type CompatibilityFailure,
  type CompatibilityMatrix,
  type ConsumerVersionEntry,
  compatibilityMatrix,
  type ProviderVerification,
} from './figures/compatibility-matrix.ts';
export { computeFigures, type FiguresOptions } from './figures/compute-figures.ts';
export { formatCompatibilityMatrix, type MatrixFormat } from './figures/format-compatibility-matrix.ts';
export { percentText } from './figures/percent-text.ts';
export { type BrokerHandle, type StartBrokerOptions, startBroker } from './start-broker.ts';
export type {
  BrokerStore,
  CreateEnvironmentInput,
  Environment,
  EnvironmentVersion,
  Integration,
  LatestPactsQuery,
  MatrixQuery,
  MatrixRow,
  Pacticipant,
  PacticipantVersion,
  PactPublication,
  PublishPactInput,
  RecordEnvironmentVersionInput,
  RecordVerificationInput,
  SelectablePact,
  VerificationOutcome,
  VerificationResult,
} from './store/broker-store.ts';
export type { Migration } from './store/migrations.ts';
export { openPostgresStore, type PostgresStoreOptions, redactUrl } from './store/postgres-store.ts';
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite-store.ts';
export type { WebhookEventName } from './store/webhook-events.ts';
export type {
  SentWebhookRequest,
  TriggeredWebhook,
  TriggeredWebhookInput,
  TriggeredWebhookStatus,
  TriggeredWebhooksQuery,
  Webhook,
  WebhookAttempt,
  WebhookExecution,
  WebhookInput,
  WebhookRequestTemplate,
} from './store/webhook-records.ts';
export {
  createWebhookDispatcher,
  type PactPublishedEvent,
  type VerificationPublishedEvent,
  type WebhookDispatcher,
} from './webhooks/webhook-dispatcher.ts';
export type { WebhookOptions } from './webhooks/webhook-options.ts';
