/**
 * A can-i-deploy question (a version and one target: an environment, or the latest versions
 * carrying a tag) asked of the matrix, as the Pact Broker's `GET /can-i-deploy` asks it
 * (lib/pact_broker/matrix/parse_can_i_deploy_query.rb): one engine for `/matrix`, `/can-i-deploy`,
 * the badges and the UI.
 */
import type { BrokerStore } from '../store/broker-store.ts';
import type { Decision } from './can-i-deploy.ts';
import { type DeploymentStatus, deploymentStatus } from './deployment-status.ts';
import type { MatrixOptions } from './matrix-selectors.ts';
import { type MatrixResults, queryMatrix } from './query-matrix.ts';

/** What {@link evaluateCanIDeploy} takes: a version and one target. */
export interface CanIDeployQuestion {
  readonly pacticipant: string;
  readonly version: string;
  readonly environment?: string | undefined;
  /** The target as the latest versions carrying this tag (the `to=` form). */
  readonly tag?: string | undefined;
  /** Pacticipants whose missing or failed verifications do not count (a name, or a name at a version). */
  readonly ignore?: readonly (
    | string
    | { readonly pacticipant: string; readonly version?: string | undefined }
  )[];
}

/** A decision with the target it was made against, or why the question has no answer. */
export type CanIDeployOutcome =
  | {
      readonly decision: Decision;
      readonly target: string;
      readonly results: MatrixResults;
      readonly status: DeploymentStatus;
    }
  | { readonly notFound: string };

/**
 * The matrix options of a can-i-deploy question: `latestby=cvpv` for an environment (every
 * version in it counts), `cvp` with the latest tagged versions for a tag.
 *
 * @example
 * canIDeployOptions({ pacticipant: 'web', version: '2', environment: 'production' }); // { latestby: 'cvpv', environment: 'production', ... }
 */
export function canIDeployOptions(question: CanIDeployQuestion): MatrixOptions {
  const ignore = (question.ignore ?? []).map((item) =>
    typeof item === 'string'
      ? { pacticipant: item }
      : { pacticipant: item.pacticipant, version: item.version },
  );
  return question.environment !== undefined
    ? { latestby: 'cvpv', environment: question.environment, ignore }
    : { latestby: 'cvp', tag: question.tag, latest: true, ignore };
}

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
  let target = `the latest versions tagged ${question.tag}`;
  if (question.environment !== undefined) {
    const environment = await store.findEnvironmentByName(question.environment);
    if (environment === undefined)
      return { notFound: `No environment named "${question.environment}" was found.` };
    target = environment.name;
  }
  const options = canIDeployOptions(question);
  const results = await queryMatrix(store, [{ pacticipant, version }], options);
  const status = deploymentStatus(results);
  const decision: Decision = {
    deployable: status.deployable === true,
    rows: results.considered,
    requirements: status.requirements.map((item) => ({ outcome: item.outcome, reason: item.text })),
    ignored: [...new Set(results.ignoreSelectors.map((s) => s.pacticipant))].sort(),
  };
  return { decision, target, results, status };
}
