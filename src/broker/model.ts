/**
 * The broker's records: what it stores and answers with (pacticipants, versions, pacts,
 * verifications, environments and what is deployed or released there, matrix rows). Webhook
 * records are in store/webhook-records.ts. The store (store/broker-store.ts) reads and writes
 * these; the API, the matrix, the figures and the UI read them.
 */

/** Deployed (still running somewhere) or released (still supported) to an environment. */
export type EnvironmentVersionKind = 'deployed' | 'released';

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

/** A verification result without its body, for figures over many results. */
export interface VerificationOutcome {
  readonly consumer: string;
  readonly provider: string;
  readonly providerVersion: string;
  readonly success: boolean;
  readonly createdAt: string;
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

/** A version deployed (`kind: 'deployed'`) or released (`kind: 'released'`) to an environment. */
export interface EnvironmentVersion {
  readonly kind: EnvironmentVersionKind;
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
