/**
 * SVG status badges at the Pact Broker's paths: the latest pact's verification status (optionally
 * of a tag), the matrix badge between a consumer tag and a provider tag, and can-i-deploy badges.
 * Query parameters `label` (`consumer` or `provider`) and `initials=true` shape the text.
 */

import { notFoundBadge, pactBadge, renderBadge } from '../badges/render-badge.ts';
import { evaluateCanIDeploy } from '../matrix/evaluate-can-i-deploy.ts';
import { type VerificationStatus, verificationStatus } from '../matrix/verification-status.ts';
import { routePaths } from '../paths/route-paths.ts';
import type { BrokerStore, PactPublication } from '../store/broker-store.ts';
import type { Route, RouteContext } from './router.ts';

/**
 * The badge routes.
 *
 * @example
 * const routes = [...badgeRoutes];
 */
export const badgeRoutes: readonly Route[] = [
  { method: 'GET', pattern: routePaths.latestPactBadge, handle: (context) => latestPactBadge(context) },
  {
    method: 'GET',
    pattern: routePaths.latestPactWithTagBadge,
    handle: (context) => latestPactBadge(context),
  },
  {
    method: 'GET',
    pattern: routePaths.matrixBadge,
    handle: matrixBadge,
  },
  {
    method: 'GET',
    pattern: routePaths.canIDeployBadge,
    handle: (context) => canIDeployBadge(context, 'tag'),
  },
  {
    method: 'GET',
    pattern: routePaths.canIDeployBranchBadge,
    handle: (context) => canIDeployBadge(context, 'branch'),
  },
];

function svg(body: string): Response {
  // Badges are embedded in READMEs and dashboards: never cached, so they always show the latest.
  return new Response(body, {
    headers: { 'content-type': 'image/svg+xml;charset=utf-8', 'cache-control': 'no-cache' },
  });
}

function textOptions(request: Request) {
  const query = new URL(request.url).searchParams;
  return { label: query.get('label') ?? undefined, initials: query.get('initials') === 'true' };
}

async function latestPactBadge({ request, params, store }: RouteContext): Promise<Response> {
  const { provider = '', consumer = '', tag } = params;
  const pact = await latestPact(store, provider, consumer, tag);
  if (pact === undefined) return svg(notFoundBadge());
  return svg(
    pactBadge({
      consumer,
      provider,
      consumerTag: tag,
      status: await pactStatus(store, pact),
      ...textOptions(request),
    }),
  );
}

async function latestPact(
  store: BrokerStore,
  provider: string,
  consumer: string,
  tag: string | undefined,
): Promise<PactPublication | undefined> {
  if (tag === undefined) return (await store.latestPacts({ provider, consumer }))[0];
  const version = await store.latestVersion(consumer, tag);
  return version === undefined ? undefined : store.findPact(provider, consumer, version.number);
}

/** The pact's own latest verification; without one, whether the pair's earlier pacts were verified. */
async function pactStatus(store: BrokerStore, pact: PactPublication): Promise<VerificationStatus> {
  const verification = await store.findVerification(pact.provider, pact.consumer, pact.sha);
  const [pair] = await store.listIntegrations({ consumer: pact.consumer, provider: pact.provider });
  return verificationStatus({ latestVerification: verification, lastVerifiedAt: pair?.lastVerifiedAt });
}

async function matrixBadge({ request, params, store }: RouteContext): Promise<Response> {
  const { provider = '', consumer = '', providerTag, consumerTag } = params;
  const consumerVersion = await store.latestVersion(consumer, consumerTag);
  const providerVersion = await store.latestVersion(provider, providerTag);
  const pact =
    consumerVersion === undefined
      ? undefined
      : await store.findPact(provider, consumer, consumerVersion.number);
  if (pact === undefined) return svg(notFoundBadge());
  let status: VerificationStatus = 'never';
  if (providerVersion !== undefined) {
    const rows = await store.matrixQuery({
      consumers: [{ pacticipant: consumer, version: pact.consumerVersion }],
      providers: [provider],
      providerVersions: [{ pacticipant: provider, version: providerVersion.number }],
    });
    const latest = rows.filter((row) => row.verification !== undefined).at(-1)?.verification;
    if (latest !== undefined) status = latest.success ? 'success' : 'failed';
  }
  return svg(pactBadge({ consumer, provider, consumerTag, providerTag, status, ...textOptions(request) }));
}

async function canIDeployBadge(
  { request, params, store }: RouteContext,
  by: 'tag' | 'branch',
): Promise<Response> {
  const { pacticipant = '' } = params;
  const from = (by === 'tag' ? params.tag : params.branch) ?? '';
  // The tag form targets the latest versions carrying the `to` tag; the branch form an environment.
  const target = (by === 'tag' ? params.to : params.environment) ?? '';
  const label = new URL(request.url).searchParams.get('label') ?? 'can-i-deploy';
  const message = `${from} to ${target}`;
  const latest =
    by === 'tag'
      ? await store.latestVersion(pacticipant, from)
      : await store.latestVersion(pacticipant, undefined, from);
  if (latest === undefined) return svg(renderBadge(label, `${message}: version not found`, 'lightgrey'));
  const outcome = await evaluateCanIDeploy(store, {
    pacticipant,
    version: latest.number,
    ...(by === 'tag' ? { tag: target } : { environment: target }),
  });
  if ('notFound' in outcome) return svg(renderBadge(label, `${message}: environment not found`, 'lightgrey'));
  return svg(renderBadge(label, message, outcome.decision.deployable ? 'brightgreen' : 'red'));
}
