/** What is in each environment now: the versions currently deployed, and released and supported. */
import type { BrokerStore, Environment, EnvironmentVersion } from '../store/broker-store.ts';

/** An environment with its current versions. */
export interface EnvironmentVersions {
  readonly environment: Environment;
  readonly versions: readonly EnvironmentVersion[];
}

/**
 * Every environment with the versions currently deployed and released (still supported) there.
 *
 * @example
 * const environments = await currentVersionsByEnvironment(store);
 */
export async function currentVersionsByEnvironment(store: BrokerStore): Promise<EnvironmentVersions[]> {
  const environments = await store.listEnvironments();
  return Promise.all(
    environments.map(async (environment) => ({
      environment,
      versions: await store.currentVersions(environment.uuid, ['deployed', 'released']),
    })),
  );
}

/**
 * The names of the environments a version is currently deployed or released to.
 *
 * @example
 * environmentsOf('order-service', '1.0.0', await currentVersionsByEnvironment(store)); // ['production']
 */
export function environmentsOf(
  pacticipant: string,
  version: string,
  environments: readonly EnvironmentVersions[],
): string[] {
  return environments
    .filter(({ versions }) =>
      versions.some((item) => item.pacticipant === pacticipant && item.version === version),
    )
    .map(({ environment }) => environment.name);
}
