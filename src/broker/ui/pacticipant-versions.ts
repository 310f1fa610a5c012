/** A pacticipant's versions (the newest 200), with their tags and where they are now. */
import type { BrokerStore, PacticipantVersion } from '../store/broker-store.ts';
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
 * const versions = await pacticipantVersions(store, 'order-service', await loadEnvironments(store));
 */
export async function pacticipantVersions(
  store: BrokerStore,
  name: string,
  environments: readonly EnvironmentOverview[],
  limit = 200,
): Promise<VersionSummary[]> {
  const versions = await store.listVersions(name, limit);
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
