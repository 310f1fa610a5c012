/**
 * `GET /matrix?q[][pacticipant]=..&q[][version]=..&latestby=cvp|cvpv` and
 * `GET /can-i-deploy?pacticipant=&version=&environment=` (or `to=` a tag), in the Pact Broker's
 * matrix shape: `summary { deployable, reason, success, failed, unknown }`, `notices`, `matrix[]`;
 * and `GET /pacticipants/:p/branches/:b/latest-version/can-i-deploy/to-environment/:e`.
 */
import { type Decision, type LatestBy, selectMatrix, type VersionRef } from '../matrix/can-i-deploy.ts';
import { evaluateCanIDeploy } from '../matrix/evaluate-can-i-deploy.ts';
import type { BrokerStore, MatrixRow } from '../store/broker-store.ts';
import type { BrokerLinks } from './links.ts';
import { errorResponse, halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

/**
 * The matrix and can-i-deploy routes.
 *
 * @example
 * const routes = [...matrixRoutes];
 */
export const matrixRoutes: readonly Route[] = [
  { method: 'GET', pattern: '/matrix', handle: getMatrix },
  { method: 'GET', pattern: '/can-i-deploy', handle: canIDeploy },
  {
    method: 'GET',
    pattern:
      '/pacticipants/:pacticipant/branches/:branch/latest-version/can-i-deploy/to-environment/:environment',
    handle: canIDeployBranch,
  },
];

interface Selector {
  pacticipant: string;
  version?: string | undefined;
  latest?: boolean;
  tag?: string;
}

async function getMatrix({ request, store, links }: RouteContext): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const selectors: Selector[] = [];
  for (const [key, value] of query) {
    const field = /^q\[\d*\]\[(\w+)\]$/.exec(key)?.[1];
    if (field === 'pacticipant') selectors.push({ pacticipant: value });
    const last = selectors.at(-1);
    if (last === undefined) continue;
    if (field === 'version') last.version = value;
    if (field === 'latest') last.latest = value === 'true';
    if (field === 'tag') last.tag = value;
  }
  if (selectors.length === 0)
    return validationResponse({ q: ['Please provide 1 or more version selectors.'] });
  const latestby = query.get('latestby') ?? undefined;
  if (latestby !== undefined && latestby !== 'cvp' && latestby !== 'cvpv')
    return validationResponse({ latestby: ['must be cvp or cvpv'] });
  const resolved: { pacticipant: string; version?: string | undefined }[] = [];
  for (const selector of selectors) {
    if (selector.latest !== true && selector.tag === undefined) {
      resolved.push(selector);
      continue;
    }
    const found = await store.latestVersion(selector.pacticipant, selector.tag);
    if (found === undefined)
      return errorResponse(
        404,
        `No ${selector.tag ?? 'latest'} version of ${selector.pacticipant} was found.`,
      );
    resolved.push({ pacticipant: selector.pacticipant, version: found.number });
  }
  const rows = selectMatrix(await selectedRows(store, resolved), resolved, latestby as LatestBy | undefined);
  const failed = rows.filter((row) => row.verification?.success === false).length;
  const unknown = rows.filter((row) => row.verification === undefined).length;
  const success = rows.length - failed - unknown;
  const deployable = rows.length > 0 && failed === 0 && unknown === 0;
  const reason =
    rows.length === 0
      ? 'No results matched the given query'
      : deployable
        ? 'All required verification results are published and successful'
        : `${failed} failed and ${unknown} missing verification results`;
  return halResponse({
    summary: { deployable: rows.length === 0 ? null : deployable, reason, success, failed, unknown },
    notices: [{ type: deployable ? 'success' : 'error', text: reason }],
    matrix: await matrixBody(rows, store, links),
  });
}

/** The rows {@link selectMatrix} may keep: with several selectors, only those between them, in SQL. */
async function selectedRows(
  store: BrokerStore,
  selectors: readonly { pacticipant: string; version?: string | undefined }[],
): Promise<MatrixRow[]> {
  if (selectors.length === 1) return store.matrixRows(selectors.map((s) => s.pacticipant));
  const unversioned = new Set(selectors.filter((s) => s.version === undefined).map((s) => s.pacticipant));
  return store.matrixQuery({
    consumers: selectors,
    providers: [...new Set(selectors.map((s) => s.pacticipant))],
    providerVersions: selectors.map((s) =>
      unversioned.has(s.pacticipant) ? { pacticipant: s.pacticipant } : s,
    ),
  });
}

async function canIDeploy({ request, store, links }: RouteContext): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const pacticipant = query.get('pacticipant');
  const version = query.get('version');
  const environmentName = query.get('environment');
  const tag = query.get('to') ?? query.get('tag');
  const errors: Record<string, string[]> = {};
  if (pacticipant === null || pacticipant === '') errors.pacticipant = ['is missing'];
  if (version === null || version === '') errors.version = ['is missing'];
  if ((environmentName === null) === (tag === null))
    errors.environment = ['give one of environment or to (a tag)'];
  if (Object.keys(errors).length > 0 || pacticipant === null || version === null)
    return validationResponse(errors);
  const outcome = await evaluateCanIDeploy(store, {
    pacticipant,
    version,
    environment: environmentName ?? undefined,
    tag: tag ?? undefined,
    ignore: query.getAll('ignore[]').concat(query.getAll('ignore')),
  });
  if ('notFound' in outcome) return errorResponse(404, outcome.notFound);
  return canIDeployResponse(outcome, { pacticipant, version }, store, links);
}

async function canIDeployBranch({ params, store, links }: RouteContext): Promise<Response> {
  const { pacticipant = '', branch = '', environment = '' } = params;
  const latest = await store.latestVersion(pacticipant, undefined, branch);
  if (latest === undefined)
    return errorResponse(404, `No version of ${pacticipant} on branch ${branch} was found.`);
  const outcome = await evaluateCanIDeploy(store, { pacticipant, version: latest.number, environment });
  if ('notFound' in outcome) return errorResponse(404, outcome.notFound);
  return canIDeployResponse(outcome, { pacticipant, version: latest.number }, store, links);
}

/**
 * A can-i-deploy answer in the Pact Broker's shape.
 *
 * @example
 * return canIDeployResponse(outcome, { pacticipant: 'web', version: '2' }, store, links);
 */
export async function canIDeployResponse(
  { decision, target }: { decision: Decision; target: string },
  { pacticipant, version }: VersionRef,
  store: BrokerStore,
  links: BrokerLinks,
): Promise<Response> {
  const count = (outcome: string) => decision.requirements.filter((item) => item.outcome === outcome).length;
  const problems = decision.requirements.filter((item) => item.outcome !== 'success');
  const reason = decision.deployable
    ? 'All required verification results are published and successful'
    : problems.map((item) => item.reason).join('; ');
  return halResponse({
    summary: {
      deployable: decision.deployable,
      reason,
      success: count('success'),
      failed: count('failed'),
      unknown: count('unknown'),
      ...(decision.ignored.length === 0 ? {} : { ignored: decision.ignored.length }),
    },
    notices: [
      ...decision.requirements.map((item) => ({
        type: item.outcome === 'success' ? 'success' : 'error',
        text: item.reason,
      })),
      ...decision.ignored.map((name) => ({ type: 'warning', text: `Ignoring ${name}` })),
      ...(decision.deployable && decision.requirements.length === 0
        ? [
            {
              type: 'info',
              text: `There are no integrations of ${pacticipant} (${version}) to check in ${target}`,
            },
          ]
        : []),
    ],
    matrix: await matrixBody(decision.rows, store, links),
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
