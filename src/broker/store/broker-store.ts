/**
 * The broker's query layer: every read and write the API needs, one interface per concern,
 * composed into {@link BrokerStore}. The records are in ../model.ts. One SQL implementation
 * (sql-store.ts) runs over node:sqlite and over PostgreSQL.
 */
import type {
  Environment,
  EnvironmentVersion,
  EnvironmentVersionKind,
  Integration,
  MatrixRow,
  Pacticipant,
  PacticipantVersion,
  PactPublication,
  SelectablePact,
  VerificationOutcome,
  VerificationResult,
} from '../model.ts';
import type {
  TriggeredWebhook,
  TriggeredWebhookInput,
  TriggeredWebhookStatus,
  TriggeredWebhooksQuery,
  Webhook,
  WebhookAttempt,
  WebhookExecution,
  WebhookInput,
} from './webhook-records.ts';

// The records keep this import path too: callers name them from here or from ../model.ts.
export type {
  Environment,
  EnvironmentVersion,
  EnvironmentVersionKind,
  Integration,
  MatrixRow,
  Pacticipant,
  PacticipantVersion,
  PactPublication,
  SelectablePact,
  VerificationOutcome,
  VerificationResult,
} from '../model.ts';

/** A pacticipant's editable fields for {@link BrokerStore.savePacticipant}: absent leaves a field, `null` clears it. */
export interface PacticipantFields {
  readonly displayName?: string | null;
  readonly mainBranch?: string | null;
  readonly repositoryUrl?: string | null;
  readonly repositoryName?: string | null;
  readonly repositoryNamespace?: string | null;
}

/** What {@link BrokerStore.publishPact} takes. */
export interface PublishPactInput {
  readonly consumer: string;
  readonly provider: string;
  readonly consumerVersion: string;
  readonly branch?: string;
  /** The pact as a JSON text; it is normalised for its SHA. */
  readonly content: string;
  /** The content's `contentSha`, when the caller has parsed it already (else computed here). */
  readonly sha?: string;
  /**
   * Leave an existing publication of the version whose content differs as it is (checked inside
   * the transaction, so concurrent publications cannot slip past); the result says `changeRefused`.
   */
  readonly refuseChange?: boolean;
}

/** What {@link BrokerStore.publishPact} answers: the publication, and what it found before writing. */
export interface PublishPactResult extends PactPublication {
  /** True when this call created the publication; false when the version already had a pact for the provider. */
  readonly created: boolean;
  /** The content SHA of the pair's latest pact before this call wrote (undefined for the first). */
  readonly previousSha: string | undefined;
  /** True when `refuseChange` kept the existing, different content: nothing was written. */
  readonly changeRefused?: boolean;
}

/** What {@link BrokerStore.recordVerification} takes. */
export interface RecordVerificationInput {
  readonly consumer: string;
  readonly provider: string;
  readonly sha: string;
  readonly providerVersion: string;
  readonly success: boolean;
  readonly results: Record<string, unknown>;
}

/** Which of a provider's pacts to list: all latest per consumer, or those of a branch. */
export interface LatestPactsQuery {
  readonly provider: string;
  readonly consumer?: string;
  /** Only consumer versions on this branch. */
  readonly branch?: string;
  /** Only consumer versions on their pacticipant's main branch. */
  readonly mainBranch?: boolean;
}

/** What {@link BrokerStore.createEnvironment} takes. */
export interface CreateEnvironmentInput {
  readonly name: string;
  readonly displayName?: string;
  readonly production?: boolean;
}

/** What {@link BrokerStore.recordDeployment} and {@link BrokerStore.recordRelease} take. */
export interface RecordEnvironmentVersionInput {
  readonly pacticipant: string;
  readonly version: string;
  readonly environmentUuid: string;
  readonly applicationInstance?: string;
}

/** Which matrix rows {@link BrokerStore.matrixQuery} returns. */
export interface MatrixQuery {
  /**
   * Only publications of the consumer versions currently deployed or released in the environment
   * (`environmentUuid`), but those of `exceptPacticipant`.
   */
  readonly consumersInEnvironment?: { readonly environmentUuid: string; readonly exceptPacticipant: string };
  /**
   * Only verifications by the provider versions currently deployed or released in the environment,
   * but those of `exceptPacticipant`; a publication none of them verified comes back once.
   */
  readonly providerVersionsInEnvironment?: {
    readonly environmentUuid: string;
    readonly exceptPacticipant: string;
  };
  /** Only publications of these consumers, at `version` when given. */
  readonly consumers?: readonly { readonly pacticipant: string; readonly version?: string | undefined }[];
  /** Only publications for these providers. */
  readonly providers?: readonly string[];
  /**
   * Only verifications by these provider versions; a publication none of them verified comes back
   * once, with `verification` undefined.
   */
  readonly providerVersions?: readonly {
    readonly pacticipant: string;
    readonly version?: string | undefined;
  }[];
}

/** Pacticipants: the applications taking part in contracts. */
export interface PacticipantStore {
  listPacticipants(): Promise<Pacticipant[]>;
  findPacticipant(name: string): Promise<Pacticipant | undefined>;
  /**
   * Creates the pacticipant with the fields, or (unless `keepExisting`) sets the fields given on
   * the existing one; `created` says which.
   */
  savePacticipant(
    name: string,
    fields: PacticipantFields,
    options?: { readonly keepExisting?: boolean },
  ): Promise<{ pacticipant: Pacticipant; created: boolean }>;
}

/** Pacticipant versions and their branches. */
export interface VersionStore {
  /** Creates the version (and pacticipant) if missing; sets the branch when given; adds the tags. */
  recordVersion(
    pacticipant: string,
    number: string,
    branch?: string,
    tags?: readonly string[],
  ): Promise<PacticipantVersion>;
  findVersion(pacticipant: string, number: string): Promise<PacticipantVersion | undefined>;
  /** The pacticipant's versions, newest first, at most `limit` (default all). */
  listVersions(pacticipant: string, limit?: number): Promise<PacticipantVersion[]>;
  /** The latest version (by creation) of a pacticipant, optionally carrying `tag` and on `branch`. */
  latestVersion(pacticipant: string, tag?: string, branch?: string): Promise<PacticipantVersion | undefined>;
  /** The latest version (by creation) of every pacticipant carrying the tag. */
  latestVersionsWithTag(tag: string): Promise<PacticipantVersion[]>;
}

/** Version tags. */
export interface TagStore {
  /** Tags a version, creating the version (and pacticipant) when missing. */
  addTag(pacticipant: string, version: string, tag: string): Promise<PacticipantVersion>;
  tagsOf(pacticipant: string, version: string): Promise<string[]>;
  /** The tags of several versions in one query, keyed `pacticipant@version` (untagged: absent). */
  tagsOfVersions(
    refs: readonly { readonly pacticipant: string; readonly version: string }[],
  ): Promise<Map<string, string[]>>;
}

/** Pact publications, their content, and the consumer–provider pairs they make. */
export interface PactStore {
  /**
   * Stores (or replaces) the pact of a consumer version and provider. Concurrent calls for one
   * consumer version run one after another: exactly one of them reports `created`.
   */
  publishPact(input: PublishPactInput): Promise<PublishPactResult>;
  findPact(provider: string, consumer: string, consumerVersion: string): Promise<PactPublication | undefined>;
  findPactBySha(provider: string, consumer: string, sha: string): Promise<PactPublication | undefined>;
  /** The latest pact per consumer (by consumer version creation), filtered by the query. */
  latestPacts(query: LatestPactsQuery): Promise<PactPublication[]>;
  /** The content SHA of the latest pact (by consumer version) between consumer and provider. */
  latestPactSha(provider: string, consumer: string): Promise<string | undefined>;
  /** The consumer–provider pairs with a pact (only those of `filter`), by consumer then provider name: names only, one light query. */
  pactPairs(filter: {
    readonly consumer?: string;
    readonly provider?: string;
  }): Promise<{ consumer: string; provider: string }[]>;
  /** Every consumer–provider pair with a pact (or only the pairs of `filter`), by consumer then provider name. */
  listIntegrations(filter?: {
    readonly consumer?: string;
    readonly provider?: string;
  }): Promise<Integration[]>;
  /** Every pact publication for the provider, oldest consumer version first. */
  selectablePacts(provider: string): Promise<SelectablePact[]>;
}

/** Verification results of pact contents by provider versions. */
export interface VerificationStore {
  recordVerification(input: RecordVerificationInput): Promise<VerificationResult>;
  /** One verification result; `id` undefined: the latest for the pact content and provider. */
  findVerification(
    provider: string,
    consumer: string,
    sha: string,
    id?: number,
  ): Promise<VerificationResult | undefined>;
  /**
   * The contents (of `shas`) the provider verified successfully, as the pending rule counts them:
   * without `branch`, by any provider version; with it, by a version on that branch or by any
   * version created before the branch's first version (all of them when the branch is new).
   * With `tag` instead (the Pact Broker's tag-based pending rule), by a version carrying the tag, or
   * by a version with another tag before the tag was first used.
   */
  successfullyVerified(
    provider: string,
    shas: readonly string[],
    branch?: string,
    tag?: string,
  ): Promise<Set<string>>;
  /** Every verification result published at or after `since` (ISO 8601), oldest first. */
  verificationsSince(since: string): Promise<VerificationOutcome[]>;
}

/** Environments, and the versions deployed or released to them. */
export interface EnvironmentStore {
  /** The new environment, or `undefined` when the name is taken. */
  createEnvironment(input: CreateEnvironmentInput): Promise<Environment | undefined>;
  listEnvironments(): Promise<Environment[]>;
  findEnvironment(uuid: string): Promise<Environment | undefined>;
  findEnvironmentByName(name: string): Promise<Environment | undefined>;
  /** Records a deployment; the version previously deployed to the same application instance is undeployed. */
  recordDeployment(input: RecordEnvironmentVersionInput): Promise<EnvironmentVersion>;
  /** Records a release (idempotent per version and environment). */
  recordRelease(input: RecordEnvironmentVersionInput): Promise<EnvironmentVersion>;
  findEnvironmentVersion(kind: EnvironmentVersionKind, uuid: string): Promise<EnvironmentVersion | undefined>;
  /** Marks a deployed version undeployed, or a released version's support ended. */
  endEnvironmentVersion(kind: EnvironmentVersionKind, uuid: string): Promise<EnvironmentVersion | undefined>;
  /**
   * The versions currently deployed (and, with `released`, currently supported releases) in an
   * environment; only those of `pacticipants` when given.
   */
  currentVersions(
    environmentUuid: string,
    kinds: readonly EnvironmentVersionKind[],
    pacticipants?: readonly string[],
  ): Promise<EnvironmentVersion[]>;
}

/** The matrix: publications joined to the verifications of their content. */
export interface MatrixStore {
  /** Every pact publication with each of its content's verifications, for pacts involving the pacticipants. */
  matrixRows(pacticipants: readonly string[]): Promise<MatrixRow[]>;
  /** The rows of publications matching every given filter, in one joined query. */
  matrixQuery(query: MatrixQuery): Promise<MatrixRow[]>;
}

/** Webhooks, their triggers and delivery attempts. */
export interface WebhookStore {
  /** Creates the webhook, or replaces the one with `uuid`; `created` says which. */
  saveWebhook(uuid: string, input: WebhookInput): Promise<{ webhook: Webhook; created: boolean }>;
  findWebhook(uuid: string): Promise<Webhook | undefined>;
  /** Webhooks, oldest first; only those whose consumer (provider) filter is the one given. */
  listWebhooks(filter?: { readonly consumer?: string; readonly provider?: string }): Promise<Webhook[]>;
  /** Deletes the webhook and its delivery log; false when there was none. */
  deleteWebhook(uuid: string): Promise<boolean>;
  recordTriggeredWebhook(input: TriggeredWebhookInput): Promise<TriggeredWebhook>;
  /** Logs a delivery attempt of a triggered webhook and sets the triggered webhook's status. */
  recordWebhookAttempt(
    triggerUuid: string,
    attempt: WebhookAttempt,
    status: TriggeredWebhookStatus,
  ): Promise<void>;
  /** Triggered webhooks matching every filter given, newest first. */
  listTriggeredWebhooks(query: TriggeredWebhooksQuery): Promise<TriggeredWebhook[]>;
  findTriggeredWebhook(uuid: string): Promise<TriggeredWebhook | undefined>;
  /** The logged attempts of a triggered webhook, first attempt first. */
  webhookExecutions(triggerUuid: string): Promise<WebhookExecution[]>;
}

/**
 * The broker's storage. Methods are async so that a networked database fits the same interface.
 *
 * @example
 * const store = openSqliteStore({ dataDir: ':memory:' });
 * await store.publishPact({ consumer: 'web', provider: 'orders', consumerVersion: '1.0.0', content });
 */
export interface BrokerStore
  extends PacticipantStore,
    VersionStore,
    TagStore,
    PactStore,
    VerificationStore,
    EnvironmentStore,
    MatrixStore,
    WebhookStore {
  close(): Promise<void>;
}
