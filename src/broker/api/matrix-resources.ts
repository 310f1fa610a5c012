/**
 * `GET /matrix` (selectors `q[][pacticipant|version|latest|tag|branch|environment|mainBranch]`,
 * target `latest`, `tag`, `environment` or `mainBranch`, `latestby=cvp|cvpv`, `ignore[]`),
 * `GET /can-i-deploy?pacticipant=&version=&environment=` (or `to=` a tag), and
 * `GET /pacticipants/:p/branches/:b/latest-version/can-i-deploy/to-environment/:e`, all answered
 * by one matrix engine in the Pact Broker's shape: `summary { deployable, reason, success, failed,
 * unknown[, ignored] }`, `notices`, `matrix[]`.
 */

import { type DeploymentStatus, deploymentStatus } from '../matrix/deployment-status.ts';
import { canIDeployOptions } from '../matrix/evaluate-can-i-deploy.ts';
import { parseMatrixQuery } from '../matrix/matrix-selectors.ts';
import { type MatrixResults, queryMatrix } from '../matrix/query-matrix.ts';
import { validateMatrixQuery } from '../matrix/validate-matrix-query.ts';
import type { BrokerLinks } from '../paths/links.ts';
import { routePaths } from '../paths/route-paths.ts';
import type { BrokerStore, MatrixRow } from '../store/broker-store.ts';
import { errorResponse, halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';
import { withReadCache } from './with-read-cache.ts';

/**
 * The matrix and can-i-deploy routes.
 *
 * @example
 * const routes = [...matrixRoutes];
 */
export const matrixRoutes: readonly Route[] = [
  { method: 'GET', pattern: routePaths.matrix, handle: getMatrix },
  { method: 'GET', pattern: routePaths.canIDeploy, handle: canIDeploy },
  {
    method: 'GET',
    pattern: routePaths.canIDeployBranch,
    handle: canIDeployBranch,
  },
];

async function getMatrix({ request, store: shared, links }: RouteContext): Promise<Response> {
  const store = withReadCache(shared);
  const { selectors, options, latestby } = parseMatrixQuery(new URL(request.url).searchParams);
  const errors = await validateMatrixQuery(store, selectors, options, latestby);
  if (errors.length > 0) return halResponse({ errors }, 400);
  return matrixResponse(await queryMatrix(store, selectors, options), store, links);
}

async function canIDeploy({ request, store: shared, links }: RouteContext): Promise<Response> {
  const store = withReadCache(shared);
  const query = new URL(request.url).searchParams;
  const given = (name: string) => {
    const value = query.get(name);
    return value === null || value === '' ? undefined : value;
  };
  const pacticipant = given('pacticipant');
  const version = given('version');
  const environment = given('environment');
  const tag = given('to') ?? given('tag');
  const errors: Record<string, string[]> = {};
  if (pacticipant === undefined) errors.pacticipant = ['is missing'];
  else if ((await store.findPacticipant(pacticipant)) === undefined)
    errors.pacticipant = [`No pacticipant with name '${pacticipant}' found`];
  if (version === undefined) errors.version = ['is missing'];
  if ((environment === undefined) === (tag === undefined))
    errors.environment = ['give one of environment or to (a tag)'];
  else if (environment !== undefined && (await store.findEnvironmentByName(environment)) === undefined)
    errors.environment = [`Environment with name '${environment}' does not exist`];
  if (Object.keys(errors).length > 0 || pacticipant === undefined || version === undefined)
    return validationResponse(errors);
  // `ignore[]=name`, or `ignore[][pacticipant]=name&ignore[][version]=v` as /matrix takes it.
  const ignore = [
    ...query.getAll('ignore[]'),
    ...query.getAll('ignore'),
    ...(parseMatrixQuery(query).options.ignore ?? []).flatMap((item) =>
      item.pacticipant === undefined ? [] : [{ pacticipant: item.pacticipant, version: item.version }],
    ),
  ];
  const options = canIDeployOptions({ pacticipant, version, environment, tag, ignore });
  return matrixResponse(await queryMatrix(store, [{ pacticipant, version }], options), store, links);
}

async function canIDeployBranch({ params, store, links }: RouteContext): Promise<Response> {
  const { pacticipant = '', branch = '', environment = '' } = params;
  // As the Pact Broker: the branch's latest version and the environment must exist.
  if ((await store.latestVersion(pacticipant, undefined, branch)) === undefined)
    return errorResponse(404, `No version of ${pacticipant} on branch ${branch} was found.`);
  if ((await store.findEnvironmentByName(environment)) === undefined)
    return errorResponse(404, `No environment named "${environment}" was found.`);
  const results = await queryMatrix(store, [{ pacticipant, branch, latest: true }], {
    latestby: 'cvpv',
    environment,
  });
  return matrixResponse(results, store, links);
}

/**
 * A matrix (or can-i-deploy) answer in the Pact Broker's shape.
 *
 * @example
 * return matrixResponse(await queryMatrix(store, selectors, options), store, links);
 */
export async function matrixResponse(
  results: MatrixResults,
  store: BrokerStore,
  links: BrokerLinks,
  status: DeploymentStatus = deploymentStatus(results),
): Promise<Response> {
  return halResponse({
    summary: {
      deployable: status.deployable ?? null,
      reason: status.reasons.map((item) => item.text).join('\n'),
      ...status.counts,
    },
    notices: status.reasons.map(({ type, text }) => ({ type, text })),
    matrix: [
      ...(await matrixBody(results.considered, store, links)),
      ...(await matrixBody(results.ignored, store, links)).map((row) => ({ ...row, ignored: true })),
    ],
  });
}

async function matrixBody(rows: readonly MatrixRow[], store: BrokerStore, links: BrokerLinks) {
  const body = [];
  // Every version's tags in one query (not three lookups a row); the branch comes with the row.
  const refs = new Map<string, { pacticipant: string; version: string }>();
  for (const { pact, verification } of rows) {
    refs.set(`${pact.consumer}@${pact.consumerVersion}`, {
      pacticipant: pact.consumer,
      version: pact.consumerVersion,
    });
    if (verification !== undefined)
      refs.set(`${pact.provider}@${verification.providerVersion}`, {
        pacticipant: pact.provider,
        version: verification.providerVersion,
      });
  }
  const tags = await store.tagsOfVersions([...refs.values()]);
  const tagsOf = (pacticipant: string, version: string) =>
    (tags.get(`${pacticipant}@${version}`) ?? []).map((name) => ({ name }));
  for (const { pact, verification } of rows) {
    body.push({
      consumer: {
        name: pact.consumer,
        _links: { self: { href: links.pacticipant(pact.consumer) } },
        version: {
          number: pact.consumerVersion,
          ...(pact.consumerBranch === undefined ? {} : { branch: pact.consumerBranch }),
          tags: tagsOf(pact.consumer, pact.consumerVersion),
          _links: { self: { href: links.version(pact.consumer, pact.consumerVersion) } },
        },
      },
      provider: {
        name: pact.provider,
        _links: { self: { href: links.pacticipant(pact.provider) } },
        version:
          verification === undefined
            ? null
            : {
                number: verification.providerVersion,
                ...(verification.providerBranch === undefined ? {} : { branch: verification.providerBranch }),
                tags: tagsOf(pact.provider, verification.providerVersion),
                _links: { self: { href: links.version(pact.provider, verification.providerVersion) } },
              },
      },
      pact: {
        createdAt: pact.createdAt,
        _links: { self: { href: links.pact(pact.provider, pact.consumer, pact.consumerVersion) } },
      },
      verificationResult:
        verification === undefined
          ? null
          : {
              success: verification.success,
              verifiedAt: verification.createdAt,
              _links: {
                self: {
                  href: links.verificationResult(pact.provider, pact.consumer, pact.sha, verification.id),
                },
              },
            },
    });
  }
  return body;
}
