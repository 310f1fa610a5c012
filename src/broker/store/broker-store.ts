/**
 * The broker's query layer: every read and write the API needs, as one interface. The embedded
 * store implements it over node:sqlite, the PostgreSQL store over node-postgres.
 */
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

/** An application that takes part in contracts: a consumer, a provider, or both. */
export interface Pacticipant {
  readonly name: string;
  readonly mainBranch: string | undefined;
  readonly createdAt: string;
  readonly displayName?: string | undefined;
  readonly repositoryUrl?: string | undefined;
  readonly repositoryName?: string | undefined;
  readonly repositoryNamespace?: string | undefined;
  readonly updatedAt?: string | undefined;
}

/** A pacticipant's editable fields for {@link BrokerStore.savePacticipant}: absent leaves a field, `null` clears it. */
export interface PacticipantFields {
  readonly displayName?: string | null;
  readonly mainBranch?: string | null;
  readonly repositoryUrl?: string | null;
  readonly repositoryName?: string | null;
  readonly repositoryNamespace?: string | null;
}

/** One version of a pacticipant, on at most one branch. */
export interface PacticipantVersion {
  readonly pacticipant: string;
  readonly number: string;
  readonly branch: string | undefined;
  readonly createdAt: string;
}

/** A pact published for a consumer version and a provider, with its deduplicated content. */
export interface PactPublication {
  readonly consumer: string;
  readonly provider: string;
  readonly consumerVersion: string;
  readonly consumerBranch: string | undefined;
  /** SHA-256 of the normalised content (the Pact Broker's "pact version"). */
  readonly sha: string;
  /** The pact JSON text as first published. */
  readonly content: string;
  readonly createdAt: string;
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

/** A provider version's verification of one pact content. */
export interface VerificationResult {
  readonly id: number;
  readonly consumer: string;
  readonly provider: string;
  readonly providerVersion: string;
  readonly providerBranch: string | undefined;
  readonly sha: string;
  readonly success: boolean;
  /** The results body as posted (testResults, verifiedBy, ...). */
  readonly results: Record<string, unknown>;
  readonly createdAt: string;
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

/**
 * A provider's pact publication with what consumer version selectors filter on (the publication's
 * content is not loaded: `pact.content` is empty).
 */
export interface SelectablePact {
  readonly pact: PactPublication;
  /** The consumer's main branch. */
  readonly consumerMainBranch: string | undefined;
  /** The consumer version's tags. */
  readonly tags: readonly string[];
  /** The environments the consumer version is currently deployed to. */
  readonly deployedTo: readonly string[];
  /** The environments the consumer version is released to and still supported in. */
  readonly releasedTo: readonly string[];
}

/** A verification result without its body, for figures over many results. */
export interface VerificationOutcome {
  readonly consumer: string;
  readonly provider: string;
  readonly providerVersion: string;
  readonly success: boolean;
  readonly createdAt: string;
}

/** A consumer–provider pair with at least one pact, and how its latest pact stands. */
export interface Integration {
  readonly consumer: string;
  readonly provider: string;
  /** When the pair's first pact was published. */
  readonly createdAt: string;
  /** The pact of the latest consumer version. */
  readonly latestPact: {
    readonly consumerVersion: string;
    readonly sha: string;
    readonly publishedAt: string;
  };
  /** The latest verification of the latest pact's content, if any. */
  readonly latestVerification:
    | { readonly success: boolean; readonly providerVersion: string; readonly createdAt: string }
    | undefined;
  /** When any of the pair's pacts was last verified. */
  readonly lastVerifiedAt: string | undefined;
}

/** An environment versions are deployed or released to. */
export interface Environment {
  readonly uuid: string;
  readonly name: string;
  readonly displayName: string | undefined;
  readonly production: boolean;
  readonly createdAt: string;
}

/** What {@link BrokerStore.createEnvironment} takes. */
export interface CreateEnvironmentInput {
  readonly name: string;
  readonly displayName?: string;
  readonly production?: boolean;
}

/** A version deployed (`kind: 'deployed'`) or released (`kind: 'released'`) to an environment. */
export interface EnvironmentVersion {
  readonly kind: 'deployed' | 'released';
  readonly uuid: string;
  readonly pacticipant: string;
  readonly version: string;
  readonly environment: Environment;
  /** Deployed versions only: which instance of the application, when several run side by side. */
  readonly applicationInstance: string | undefined;
  /** Deployed: still deployed; released: still supported. */
  readonly current: boolean;
  readonly createdAt: string;
  /** When it was undeployed, or its support ended. */
  readonly endedAt: string | undefined;
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

/**
 * One pact publication and one verification of its content (none yet: `undefined`). Matrix
 * queries do not load the pact's content: `pact.content` is empty.
 */
export interface MatrixRow {
  readonly pact: PactPublication;
  readonly verification: VerificationResult | undefined;
  /** The consumer and provider versions' creation order (the matrix sorts and picks by it). */
  readonly order?: { readonly consumerVersion: number; readonly providerVersion: number | undefined };
}

/**
 * The broker's storage. Methods are async so that a networked database fits the same interface.
 *
 * @example
 * const store = openSqliteStore({ dataDir: ':memory:' });
 * await store.publishPact({ consumer: 'web', provider: 'orders', consumerVersion: '1.0.0', content });
 */
export interface BrokerStore {
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
  /** Creates the version (and pacticipant) if missing; sets the branch when given; adds the tags. */
  recordVersion(
    pacticipant: string,
    number: string,
    branch?: string,
    tags?: readonly string[],
  ): Promise<PacticipantVersion>;
  /**
   * Stores (or replaces) the pact of a consumer version and provider. Concurrent calls for one
   * consumer version run one after another: exactly one of them reports `created`.
   */
  publishPact(input: PublishPactInput): Promise<PublishPactResult>;
  findPact(provider: string, consumer: string, consumerVersion: string): Promise<PactPublication | undefined>;
  findPactBySha(provider: string, consumer: string, sha: string): Promise<PactPublication | undefined>;
  /** The latest pact per consumer (by consumer version creation), filtered by the query. */
  latestPacts(query: LatestPactsQuery): Promise<PactPublication[]>;
  /** Every consumer–provider pair with a pact (or only the pairs of `filter`), by consumer then provider name. */
  listIntegrations(filter?: {
    readonly consumer?: string;
    readonly provider?: string;
  }): Promise<Integration[]>;
  /** The consumer–provider pairs with a pact (only those of `filter`), by consumer then provider name: names only, one light query. */
  pactPairs(filter: {
    readonly consumer?: string;
    readonly provider?: string;
  }): Promise<{ consumer: string; provider: string }[]>;
  /** Every verification result published at or after `since` (ISO 8601), oldest first. */
  verificationsSince(since: string): Promise<VerificationOutcome[]>;
  /** Every pact publication for the provider, oldest consumer version first. */
  selectablePacts(provider: string): Promise<SelectablePact[]>;
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
  findVersion(pacticipant: string, number: string): Promise<PacticipantVersion | undefined>;
  /** The pacticipant's versions, newest first, at most `limit` (default all). */
  listVersions(pacticipant: string, limit?: number): Promise<PacticipantVersion[]>;
  /** Tags a version, creating the version (and pacticipant) when missing. */
  addTag(pacticipant: string, version: string, tag: string): Promise<PacticipantVersion>;
  tagsOf(pacticipant: string, version: string): Promise<string[]>;
  /** The tags of several versions in one query, keyed `pacticipant@version` (untagged: absent). */
  tagsOfVersions(
    refs: readonly { readonly pacticipant: string; readonly version: string }[],
  ): Promise<Map<string, string[]>>;
  /** The latest version (by creation) of every pacticipant carrying the tag. */
  latestVersionsWithTag(tag: string): Promise<PacticipantVersion[]>;
  /** The latest version (by creation) of a pacticipant, optionally carrying `tag` and on `branch`. */
  latestVersion(pacticipant: string, tag?: string, branch?: string): Promise<PacticipantVersion | undefined>;
  /** The new environment, or `undefined` when the name is taken. */
  createEnvironment(input: CreateEnvironmentInput): Promise<Environment | undefined>;
  listEnvironments(): Promise<Environment[]>;
  findEnvironment(uuid: string): Promise<Environment | undefined>;
  findEnvironmentByName(name: string): Promise<Environment | undefined>;
  /** Records a deployment; the version previously deployed to the same application instance is undeployed. */
  recordDeployment(input: RecordEnvironmentVersionInput): Promise<EnvironmentVersion>;
  /** Records a release (idempotent per version and environment). */
  recordRelease(input: RecordEnvironmentVersionInput): Promise<EnvironmentVersion>;
  findEnvironmentVersion(
    kind: 'deployed' | 'released',
    uuid: string,
  ): Promise<EnvironmentVersion | undefined>;
  /** Marks a deployed version undeployed, or a released version's support ended. */
  endEnvironmentVersion(kind: 'deployed' | 'released', uuid: string): Promise<EnvironmentVersion | undefined>;
  /**
   * The versions currently deployed (and, with `released`, currently supported releases) in an
   * environment; only those of `pacticipants` when given.
   */
  currentVersions(
    environmentUuid: string,
    kinds: readonly ('deployed' | 'released')[],
    pacticipants?: readonly string[],
  ): Promise<EnvironmentVersion[]>;
  /** Every pact publication with each of its content's verifications, for pacts involving the pacticipants. */
  matrixRows(pacticipants: readonly string[]): Promise<MatrixRow[]>;
  /** The rows of publications matching every given filter, in one joined query. */
  matrixQuery(query: MatrixQuery): Promise<MatrixRow[]>;
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
  /** The content SHA of the latest pact (by consumer version) between consumer and provider. */
  latestPactSha(provider: string, consumer: string): Promise<string | undefined>;
  close(): Promise<void>;
}
