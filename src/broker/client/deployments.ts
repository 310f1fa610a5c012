/**
 * A client for a Pact Broker's environments, deployments, releases and can-i-deploy (seam's
 * broker or the Pact Foundation's): what `seam can-i-deploy`, `seam record-deployment`,
 * `seam record-release`, `seam record-undeployment`, `seam record-support-ended` and
 * `seam create-environment` call.
 */
import { SeamError } from '../../core/index.ts';
import { type BrokerConnection, sendToBroker } from './broker-request.ts';

export type { BrokerConnection } from './broker-request.ts';

/** A can-i-deploy answer: the decision, its reason, and the broker's notices. */
export interface CanIDeployAnswer {
  readonly deployable: boolean;
  readonly reason: string;
  readonly notices: readonly { type: string; text: string }[];
  /** The whole response body, for `--json`. */
  readonly body: unknown;
}

/**
 * Creates an environment; resolves to its uuid.
 *
 * @throws SeamError `io` when the broker cannot be reached or refuses (a taken name included).
 * @example
 * const uuid = await createEnvironment({ brokerUrl }, { name: 'production', production: true });
 */
export async function createEnvironment(
  connection: BrokerConnection,
  environment: { name: string; displayName?: string; production?: boolean },
): Promise<string> {
  const created = (await send(connection, 'POST', '/environments', environment)) as { uuid?: string };
  return String(created.uuid);
}

/**
 * Records that a version is deployed (`deployed`) or released (`released`) to the named environment.
 *
 * @throws SeamError `io` when the environment or version is unknown, or the broker cannot be reached.
 * @example
 * await recordInEnvironment({ brokerUrl }, 'deployed', { pacticipant: 'orders', version: '7', environment: 'production' });
 */
export async function recordInEnvironment(
  connection: BrokerConnection,
  kind: 'deployed' | 'released',
  target: { pacticipant: string; version: string; environment: string; applicationInstance?: string },
): Promise<string> {
  const uuid = await environmentUuid(connection, target.environment);
  const path = `/pacticipants/${part(target.pacticipant)}/versions/${part(target.version)}/${kind}-versions/environment/${part(uuid)}`;
  const body =
    target.applicationInstance === undefined ? {} : { applicationInstance: target.applicationInstance };
  const recorded = (await send(connection, 'POST', path, body)) as { uuid?: string };
  return String(recorded.uuid);
}

/**
 * Asks the broker whether a version can be deployed to an environment (or, `to`, alongside the
 * latest versions with a tag).
 *
 * @throws SeamError `io` when the broker cannot be reached or refuses the question.
 * @example
 * const { deployable, reason } = await canIDeploy({ brokerUrl }, { pacticipant: 'web', version: '1', environment: 'production' });
 */
export async function canIDeploy(
  connection: BrokerConnection,
  question: {
    pacticipant: string;
    version: string;
    environment?: string;
    to?: string;
    ignore?: readonly string[];
  },
): Promise<CanIDeployAnswer> {
  const query = new URLSearchParams({ pacticipant: question.pacticipant, version: question.version });
  if (question.environment !== undefined) query.set('environment', question.environment);
  if (question.to !== undefined) query.set('to', question.to);
  for (const name of question.ignore ?? []) query.append('ignore[]', name);
  const body = (await send(connection, 'GET', `/can-i-deploy?${query}`)) as {
    summary?: { deployable?: boolean; reason?: string };
    notices?: { type: string; text: string }[];
  };
  return {
    deployable: body.summary?.deployable === true,
    reason: body.summary?.reason ?? '',
    notices: body.notices ?? [],
    body,
  };
}

/**
 * Records that a version is no longer deployed to the named environment (every application
 * instance, or only `applicationInstance`); resolves to the uuids of the deployments ended.
 *
 * @throws SeamError `io` when nothing of that version is deployed there, or the broker cannot be reached.
 * @example
 * await recordUndeployment({ brokerUrl }, { pacticipant: 'orders', version: '7', environment: 'production' });
 */
export async function recordUndeployment(
  connection: BrokerConnection,
  target: { pacticipant: string; version: string; environment: string; applicationInstance?: string },
): Promise<string[]> {
  const matching = await currentIn(connection, 'deployed', target);
  if (matching.length === 0)
    throw new SeamError(
      'io',
      `${target.pacticipant} ${target.version} is not currently deployed to ${target.environment}${target.applicationInstance === undefined ? '' : ` (application instance ${target.applicationInstance})`}`,
      { location: connection.brokerUrl },
    );
  const ended: string[] = [];
  for (const item of matching) {
    await send(connection, 'PATCH', `/deployed-versions/${part(String(item.uuid))}`, {
      currentlyDeployed: false,
    });
    ended.push(String(item.uuid));
  }
  return ended;
}

/**
 * Records that a released version is no longer supported in the named environment; resolves to
 * the uuid of the release ended.
 *
 * @throws SeamError `io` when the environment or version is unknown, or the broker cannot be reached.
 * @example
 * await recordSupportEnded({ brokerUrl }, { pacticipant: 'app', version: '3', environment: 'production' });
 */
export async function recordSupportEnded(
  connection: BrokerConnection,
  target: { pacticipant: string; version: string; environment: string },
): Promise<string> {
  const [release] = await currentIn(connection, 'released', target);
  if (release === undefined)
    throw new SeamError(
      'io',
      `${target.pacticipant} ${target.version} is not a currently supported release in ${target.environment}`,
      { location: connection.brokerUrl },
    );
  const uuid = String(release.uuid);
  await send(connection, 'PATCH', `/released-versions/${part(uuid)}`, { currentlySupported: false });
  return uuid;
}

/** The environment's current deployed (or supported released) versions of the target. */
async function currentIn(
  connection: BrokerConnection,
  kind: 'deployed' | 'released',
  target: { pacticipant: string; version: string; environment: string; applicationInstance?: string },
): Promise<EnvironmentVersionBody[]> {
  const uuid = await environmentUuid(connection, target.environment);
  const [path, key] =
    kind === 'deployed'
      ? ['deployed-versions/currently-deployed', 'deployedVersions']
      : ['released-versions/currently-supported', 'releasedVersions'];
  const listed = (await send(connection, 'GET', `/environments/${part(uuid)}/${path}`)) as {
    _embedded?: Record<string, EnvironmentVersionBody[] | undefined>;
  };
  return (listed._embedded?.[key] ?? []).filter(
    (item) =>
      item._embedded?.pacticipant?.name === target.pacticipant &&
      item._embedded?.version?.number === target.version &&
      (target.applicationInstance === undefined || item.applicationInstance === target.applicationInstance),
  );
}

interface EnvironmentVersionBody {
  uuid?: string;
  applicationInstance?: string | null;
  _embedded?: { pacticipant?: { name?: string }; version?: { number?: string } };
}

const part = encodeURIComponent;

async function environmentUuid(connection: BrokerConnection, name: string): Promise<string> {
  const listed = (await send(connection, 'GET', `/environments?name=${part(name)}`)) as {
    _embedded?: { environments?: { name?: string; uuid?: string }[] };
  };
  const found = listed._embedded?.environments?.find((item) => item.name === name);
  if (found?.uuid === undefined)
    throw new SeamError('io', `the Pact Broker has no environment named "${name}"`, {
      location: connection.brokerUrl,
    });
  return found.uuid;
}

function send(connection: BrokerConnection, method: string, path: string, body?: unknown): Promise<unknown> {
  return sendToBroker(connection, `${connection.brokerUrl.replace(/\/+$/, '')}${path}`, method, body);
}
