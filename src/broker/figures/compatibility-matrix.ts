/**
 * The compatibility matrix: for each consumer version, the provider versions its pacts were
 * verified against (the latest result of each), with the failures that block, and where each
 * version is deployed. A reading of the Pact Broker's matrix for people, not for pipelines.
 */
import { currentVersionsByEnvironment, environmentsOf } from '../matrix/environment-versions.ts';
import type { BrokerStore, MatrixRow } from '../store/broker-store.ts';

/** One failed interaction of a verification, as the verifier published it. */
export interface CompatibilityFailure {
  readonly interaction: string;
  readonly mismatches: readonly string[];
}

/** The latest verification of a consumer version's pact by one provider version. */
export interface ProviderVerification {
  readonly providerVersion: string;
  readonly providerBranch: string | undefined;
  /** `null`: the pact was never verified (then `providerVersion` is empty). */
  readonly success: boolean | null;
  readonly verifiedAt: string | undefined;
  readonly failures: readonly CompatibilityFailure[];
}

/** A consumer version and how each of its providers verified it. */
export interface ConsumerVersionEntry {
  readonly consumer: string;
  readonly consumerVersion: string;
  readonly branch: string | undefined;
  /** Environments the consumer version is currently deployed to or released in. */
  readonly environments: readonly string[];
  readonly providers: readonly {
    readonly provider: string;
    readonly verifications: readonly ProviderVerification[];
  }[];
}

/** The whole matrix (or one pacticipant's part of it). */
export interface CompatibilityMatrix {
  /** The pacticipant it is about; undefined: the whole system. */
  readonly pacticipant: string | undefined;
  readonly generatedAt: string;
  readonly consumers: readonly ConsumerVersionEntry[];
  /**
   * What blocks: the failed interactions of the latest verifications by provider versions that
   * matter now — each provider's latest version, and the versions currently deployed or released.
   * Failures of superseded versions stay in `consumers` only.
   */
  readonly breaking: readonly {
    readonly consumer: string;
    readonly consumerVersion: string;
    readonly provider: string;
    readonly providerVersion: string;
    readonly interaction: string;
    readonly mismatches: readonly string[];
  }[];
}

/**
 * The compatibility matrix of a pacticipant (as consumer and as provider), or of every pacticipant.
 *
 * @example
 * const matrix = await compatibilityMatrix(store, { pacticipant: 'order-service' });
 */
export async function compatibilityMatrix(
  store: BrokerStore,
  options: { readonly pacticipant?: string | undefined; readonly now?: Date } = {},
): Promise<CompatibilityMatrix> {
  const names =
    options.pacticipant === undefined
      ? (await store.listPacticipants()).map((item) => item.name)
      : [options.pacticipant];
  const rows = await store.matrixRows(names);
  const environments = await currentVersionsByEnvironment(store);
  const consumers = new Map<
    string,
    { entry: ConsumerVersionEntry; byProvider: Map<string, Map<string, MatrixRow>> }
  >();
  for (const row of rows) {
    const { pact, verification } = row;
    const key = `${pact.consumer}\u0000${pact.consumerVersion}`;
    let found = consumers.get(key);
    if (found === undefined) {
      found = {
        entry: {
          consumer: pact.consumer,
          consumerVersion: pact.consumerVersion,
          branch: pact.consumerBranch,
          environments: environmentsOf(pact.consumer, pact.consumerVersion, environments),
          providers: [],
        },
        byProvider: new Map(),
      };
      consumers.set(key, found);
    }
    const byVersion = found.byProvider.get(pact.provider) ?? new Map<string, MatrixRow>();
    found.byProvider.set(pact.provider, byVersion);
    // Rows come oldest verification first: the last per provider version is its latest.
    const versionKey = verification?.providerVersion ?? '';
    if (verification !== undefined || !byVersion.has(versionKey)) byVersion.set(versionKey, row);
  }
  const entries: ConsumerVersionEntry[] = [];
  const breaking: CompatibilityMatrix['breaking'][number][] = [];
  const latestOf = new Map<string, string | undefined>();
  for (const row of rows)
    if (!latestOf.has(row.pact.provider))
      latestOf.set(row.pact.provider, (await store.latestVersion(row.pact.provider))?.number);
  const current = (provider: string, version: string) =>
    latestOf.get(provider) === version || environmentsOf(provider, version, environments).length > 0;
  for (const { entry, byProvider } of consumers.values()) {
    const providers = [...byProvider].map(([provider, byVersion]) => {
      const verified = [...byVersion.values()].filter((row) => row.verification !== undefined);
      const verifications: ProviderVerification[] = (
        verified.length === 0 ? [...byVersion.values()] : verified
      ).map((row) => toVerification(row));
      for (const verification of verifications.filter((v) => current(provider, v.providerVersion)))
        for (const failure of verification.failures)
          breaking.push({
            consumer: entry.consumer,
            consumerVersion: entry.consumerVersion,
            provider,
            providerVersion: verification.providerVersion,
            interaction: failure.interaction,
            mismatches: failure.mismatches,
          });
      return { provider, verifications };
    });
    entries.push({ ...entry, providers });
  }
  return {
    pacticipant: options.pacticipant,
    generatedAt: (options.now ?? new Date()).toISOString(),
    consumers: entries,
    breaking,
  };
}

function toVerification({ verification }: MatrixRow): ProviderVerification {
  if (verification === undefined)
    return {
      providerVersion: '',
      providerBranch: undefined,
      success: null,
      verifiedAt: undefined,
      failures: [],
    };
  return {
    providerVersion: verification.providerVersion,
    providerBranch: verification.providerBranch,
    success: verification.success,
    verifiedAt: verification.createdAt,
    failures: verification.success ? [] : failuresOf(verification.results),
  };
}

/** The failed test results of a published verification (the Pact verifiers' `testResults`). */
function failuresOf(results: Record<string, unknown>): CompatibilityFailure[] {
  const tests = Array.isArray(results.testResults) ? results.testResults : [];
  const failures: CompatibilityFailure[] = [];
  for (const test of tests) {
    if (typeof test !== 'object' || test === null || (test as { success?: unknown }).success !== false)
      continue;
    const item = test as Record<string, unknown>;
    const interaction = String(
      item.interactionDescription ?? item.testDescription ?? item.interactionId ?? 'an interaction',
    );
    const mismatches = (Array.isArray(item.mismatches) ? item.mismatches : []).map((mismatch) => {
      const m = (typeof mismatch === 'object' && mismatch !== null ? mismatch : {}) as Record<
        string,
        unknown
      >;
      const where = typeof m.identifier === 'string' ? `${m.identifier}: ` : '';
      return `${where}${String(m.description ?? m.attribute ?? 'mismatch')}`;
    });
    failures.push({ interaction, mismatches });
  }
  if (failures.length === 0)
    failures.push({ interaction: '(not reported)', mismatches: ['verification failed'] });
  return failures;
}
