/**
 * A pacticipant's versions, gathered from what the store can list: the versions that published
 * pacts or verification results, the versions in environments, and the latest version. (The store
 * has no query for every version of a pacticipant; a version with none of these is not listed.)
 */
import type { BrokerStore, MatrixRow, PacticipantVersion } from '../store/broker-store.ts';
import type { EnvironmentOverview } from './environment-overview.ts';

/** A version with its tags and the environments it is in now. */
export interface VersionSummary {
  readonly version: PacticipantVersion;
  readonly tags: readonly string[];
  readonly environments: readonly string[];
}

/**
 * The pacticipant's versions, newest first.
 *
 * @example
 * const versions = await pacticipantVersions(store, 'order-service', rows, await loadEnvironments(store));
 */
export async function pacticipantVersions(
  store: BrokerStore,
  name: string,
  rows: readonly MatrixRow[],
  environments: readonly EnvironmentOverview[],
): Promise<VersionSummary[]> {
  const numbers = new Set<string>();
  for (const { pact, verification } of rows) {
    if (pact.consumer === name) numbers.add(pact.consumerVersion);
    if (verification !== undefined && verification.provider === name)
      numbers.add(verification.providerVersion);
  }
  for (const { versions } of environments)
    for (const item of versions) if (item.pacticipant === name) numbers.add(item.version);
  const latest = await store.latestVersion(name);
  if (latest !== undefined) numbers.add(latest.number);
  const found = await Promise.all([...numbers].map((number) => store.findVersion(name, number)));
  const versions = found.filter((item): item is PacticipantVersion => item !== undefined);
  versions.sort((a, b) => (a.createdAt === b.createdAt ? 0 : a.createdAt < b.createdAt ? 1 : -1));
  return Promise.all(
    versions.map(async (version) => ({
      version,
      tags: await store.tagsOf(name, version.number),
      environments: environmentsOf(name, version.number, environments),
    })),
  );
}

/**
 * The names of the environments a version is currently deployed or released to.
 *
 * @example
 * environmentsOf('order-service', '1.0.0', overview); // ['production']
 */
export function environmentsOf(
  name: string,
  number: string,
  environments: readonly EnvironmentOverview[],
): string[] {
  return environments
    .filter(({ versions }) => versions.some((item) => item.pacticipant === name && item.version === number))
    .map(({ environment }) => environment.name);
}
