/**
 * The matrix and can-i-deploy decisions, over {@link MatrixRow}s the store returns: pure functions,
 * no I/O.
 */
import type { MatrixRow } from '../store/broker-store.ts';

/** A pacticipant at one version. */
export interface VersionRef {
  readonly pacticipant: string;
  readonly version: string;
}

/** How a matrix is reduced: latest verification per consumer version and provider (`cvp`), or per provider version too (`cvpv`). */
export type LatestBy = 'cvp' | 'cvpv';

/** One required integration of a can-i-deploy question, and how it stands. */
export interface Requirement {
  readonly outcome: 'success' | 'failed' | 'unknown';
  readonly reason: string;
}

/** A can-i-deploy answer: the rows considered and the outcome of each required integration. */
export interface Decision {
  readonly deployable: boolean;
  readonly rows: MatrixRow[];
  readonly requirements: Requirement[];
  readonly ignored: string[];
}

/**
 * The rows between the selected versions (a selector without a version: any version), reduced by
 * `latestby`. With one selector, every integration of that pacticipant (version) is shown.
 *
 * @example
 * selectMatrix(rows, [{ pacticipant: 'web', version: '1' }, { pacticipant: 'orders' }], 'cvpv');
 */
export function selectMatrix(
  rows: readonly MatrixRow[],
  selectors: readonly { pacticipant: string; version?: string | undefined }[],
  latestby?: LatestBy,
): MatrixRow[] {
  const matches = (name: string, version: string | undefined) =>
    selectors.some(
      (s) =>
        s.pacticipant === name && (s.version === undefined || version === undefined || s.version === version),
    );
  const selected = rows.filter((row) => {
    const consumer = matches(row.pact.consumer, row.pact.consumerVersion);
    const provider = matches(row.pact.provider, row.verification?.providerVersion);
    if (selectors.length === 1) return consumer || (provider && row.verification !== undefined);
    return consumer && provider && (row.verification !== undefined || providerUnversioned(selectors, row));
  });
  return latestby === undefined ? selected : latestOnly(selected, latestby);
}

function providerUnversioned(
  selectors: readonly { pacticipant: string; version?: string | undefined }[],
  row: MatrixRow,
): boolean {
  return selectors.some((s) => s.pacticipant === row.pact.provider && s.version === undefined);
}

function latestOnly(rows: readonly MatrixRow[], latestby: LatestBy): MatrixRow[] {
  const latest = new Map<string, MatrixRow>();
  for (const row of rows) {
    const { consumer, consumerVersion, provider } = row.pact;
    const key = [
      consumer,
      consumerVersion,
      provider,
      latestby === 'cvpv' ? row.verification?.providerVersion : '',
    ];
    const id = JSON.stringify(key);
    const seen = latest.get(id);
    if (seen === undefined || (row.verification?.id ?? 0) > (seen.verification?.id ?? 0)) latest.set(id, row);
  }
  return [...latest.values()];
}

/**
 * Whether `candidate` can be deployed alongside `deployed` (the versions currently in the target
 * environment, or carrying the target tag): as a consumer, each provider's deployed version must
 * have verified its pact; as a provider, it must have verified the pact of each deployed consumer.
 *
 * @example
 * decide(rows, { pacticipant: 'web', version: '2' }, [{ pacticipant: 'orders', version: '7' }], 'production');
 */
export function decide(
  rows: readonly MatrixRow[],
  candidate: VersionRef,
  deployed: readonly VersionRef[],
  target: string,
  ignore: readonly string[] = [],
): Decision {
  const requirements: Requirement[] = [];
  const considered: MatrixRow[] = [];
  const ignored = new Set<string>();
  const others = deployed.filter((ref) => ref.pacticipant !== candidate.pacticipant);
  const label = (ref: VersionRef) => `${ref.pacticipant} (${ref.version})`;

  const asConsumer = rows.filter(
    (row) => row.pact.consumer === candidate.pacticipant && row.pact.consumerVersion === candidate.version,
  );
  for (const provider of [...new Set(asConsumer.map((row) => row.pact.provider))].sort()) {
    if (ignore.includes(provider)) {
      ignored.add(provider);
      continue;
    }
    const providerVersions = others.filter((ref) => ref.pacticipant === provider);
    if (providerVersions.length === 0)
      requirements.push({
        outcome: 'unknown',
        reason: `There is no verified pact between ${label(candidate)} and the version of ${provider} currently in ${target} (no version is currently recorded as deployed/released in this environment)`,
      });
    for (const providerVersion of providerVersions) {
      const pactRows = asConsumer.filter((row) => row.pact.provider === provider);
      requirements.push(judge(pactRows, providerVersion.version, candidate, providerVersion, considered));
    }
  }

  for (const consumer of others) {
    if (ignore.includes(consumer.pacticipant)) {
      ignored.add(consumer.pacticipant);
      continue;
    }
    const pactRows = rows.filter(
      (row) =>
        row.pact.consumer === consumer.pacticipant &&
        row.pact.consumerVersion === consumer.version &&
        row.pact.provider === candidate.pacticipant,
    );
    if (pactRows.length === 0) continue;
    requirements.push(judge(pactRows, candidate.version, consumer, candidate, considered));
  }

  const deployable = requirements.every((item) => item.outcome === 'success');
  return { deployable, rows: considered, requirements, ignored: [...ignored].sort() };
}

function judge(
  pactRows: readonly MatrixRow[],
  providerVersion: string,
  consumer: VersionRef,
  provider: VersionRef,
  considered: MatrixRow[],
): Requirement {
  const between = `the pact between ${consumer.pacticipant} (${consumer.version}) and ${provider.pacticipant} (${provider.version})`;
  const verified = pactRows
    .filter((row) => row.verification?.providerVersion === providerVersion)
    .sort((a, b) => (b.verification?.id ?? 0) - (a.verification?.id ?? 0))[0];
  if (verified === undefined) {
    const [first] = pactRows;
    if (first !== undefined) considered.push({ pact: first.pact, verification: undefined });
    return {
      outcome: 'unknown',
      reason: `There is no verified pact between ${consumer.pacticipant} (${consumer.version}) and ${provider.pacticipant} (${provider.version})`,
    };
  }
  considered.push(verified);
  return verified.verification?.success === true
    ? { outcome: 'success', reason: `The verification for ${between} passed` }
    : { outcome: 'failed', reason: `The verification for ${between} failed` };
}
