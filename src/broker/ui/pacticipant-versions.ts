/** A pacticipant's versions (the newest 200), with their tags and where they are now. */

import { type EnvironmentVersions, environmentsOf } from '../matrix/environment-versions.ts';
import type { BrokerStore, PacticipantVersion } from '../store/broker-store.ts';

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
 * const versions = await pacticipantVersions(store, 'order-service', await currentVersionsByEnvironment(store));
 */
export async function pacticipantVersions(
  store: BrokerStore,
  name: string,
  environments: readonly EnvironmentVersions[],
  limit = 200,
): Promise<VersionSummary[]> {
  const versions = await store.listVersions(name, limit);
  const tags = await store.tagsOfVersions(
    versions.map((version) => ({ pacticipant: name, version: version.number })),
  );
  return versions.map((version) => ({
    version,
    tags: tags.get(`${name}@${version.number}`) ?? [],
    environments: environmentsOf(name, version.number, environments),
  }));
}
