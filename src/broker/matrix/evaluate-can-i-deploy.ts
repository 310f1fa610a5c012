/**
 * A can-i-deploy question asked of the store: which versions are in the target (an environment,
 * or the latest versions carrying a tag), the rows the decision reads, and the decision.
 */
import type { BrokerStore } from '../store/broker-store.ts';
import { type Decision, decide, type VersionRef } from './can-i-deploy.ts';

/** What {@link evaluateCanIDeploy} takes: a version and one target. */
export interface CanIDeployQuestion {
  readonly pacticipant: string;
  readonly version: string;
  readonly environment?: string | undefined;
  /** The target as the latest versions carrying this tag (the deprecated `to=` form). */
  readonly tag?: string | undefined;
  readonly ignore?: readonly string[];
}

/** A decision with the target it was made against, or why the question has no answer. */
export type CanIDeployOutcome =
  | { readonly decision: Decision; readonly target: string }
  | { readonly notFound: string };

/**
 * Answers a can-i-deploy question; `notFound` names the version or environment that does not exist.
 *
 * @example
 * const outcome = await evaluateCanIDeploy(store, { pacticipant: 'web', version: '2', environment: 'production' });
 */
export async function evaluateCanIDeploy(
  store: BrokerStore,
  question: CanIDeployQuestion,
): Promise<CanIDeployOutcome> {
  const { pacticipant, version } = question;
  if ((await store.findVersion(pacticipant, version)) === undefined)
    return { notFound: `No version ${version} of pacticipant ${pacticipant} was found.` };
  let deployed: VersionRef[];
  let target: string;
  let environmentUuid: string | undefined;
  if (question.environment !== undefined) {
    const environment = await store.findEnvironmentByName(question.environment);
    if (environment === undefined)
      return { notFound: `No environment named "${question.environment}" was found.` };
    target = environment.name;
    environmentUuid = environment.uuid;
    deployed = (await store.currentVersions(environment.uuid, ['deployed', 'released'])).map((item) => ({
      pacticipant: item.pacticipant,
      version: item.version,
    }));
  } else {
    target = `the latest versions tagged ${question.tag}`;
    deployed = (await store.latestVersionsWithTag(question.tag ?? '')).map((item) => ({
      pacticipant: item.pacticipant,
      version: item.number,
    }));
  }
  // Only what the decision reads: the candidate's publications with the deployed providers'
  // verifications, and the deployed consumers' publications for it with its own verifications.
  const others = deployed.filter((item) => item.pacticipant !== pacticipant);
  const candidate = { pacticipant, version };
  // In an environment, its current versions are selected in SQL, not passed as a list of hundreds.
  const inEnvironment =
    environmentUuid === undefined ? undefined : { environmentUuid, exceptPacticipant: pacticipant };
  const asConsumer = await store.matrixQuery(
    inEnvironment === undefined
      ? { consumers: [candidate], providerVersions: others }
      : { consumers: [candidate], providerVersionsInEnvironment: inEnvironment },
  );
  const asProvider =
    others.length === 0
      ? []
      : await store.matrixQuery({
          ...(inEnvironment === undefined
            ? { consumers: others }
            : { consumersInEnvironment: inEnvironment }),
          providers: [pacticipant],
          providerVersions: [candidate],
        });
  return {
    decision: decide([...asConsumer, ...asProvider], candidate, deployed, target, question.ignore),
    target,
  };
}
