/**
 * Pacts by consumer branch, as the official Pact CLI's `get-pacts` asks for them: a provider's
 * pacts from any consumer's named (or main) branch, all or the latest per consumer, and the pact
 * versions of one consumer's branch.
 */
import type { SelectablePact } from '../store/broker-store.ts';
import { pactName } from './pact-body.ts';
import { errorResponse, halResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

/** Which branch: a named one, or each consumer's main branch. */
type BranchFilter = { readonly branch: string } | { readonly mainBranch: true };

const provider = '/pacts/provider/:provider';
const pair = `${provider}/consumer/:consumer`;
const main: BranchFilter = { mainBranch: true };
const named = (context: RouteContext): BranchFilter => ({ branch: context.params.branch ?? '' });

/**
 * The consumer-branch pact routes. Fixed segments come before `:branch`, as in the Pact Broker,
 * so a branch named "latest" or "versions" is not reachable through them.
 *
 * @example
 * const routes = [...branchPactRoutes];
 */
export const branchPactRoutes: readonly Route[] = [
  { method: 'GET', pattern: `${provider}/branch/latest`, handle: (c) => providerPacts(c, main, true) },
  { method: 'GET', pattern: `${provider}/branch`, handle: (c) => providerPacts(c, main, false) },
  {
    method: 'GET',
    pattern: `${provider}/branch/:branch/latest`,
    handle: (c) => providerPacts(c, named(c), true),
  },
  { method: 'GET', pattern: `${provider}/branch/:branch`, handle: (c) => providerPacts(c, named(c), false) },
  { method: 'GET', pattern: `${pair}/branch/versions`, handle: (c) => pactVersions(c, main, false) },
  { method: 'GET', pattern: `${pair}/branch/latest/versions`, handle: (c) => pactVersions(c, main, true) },
  // Not in the Pact Broker: the paths `get-pacts --consumer` requests for the main branch.
  { method: 'GET', pattern: `${pair}/branch`, handle: (c) => pactVersions(c, main, false) },
  { method: 'GET', pattern: `${pair}/branch/latest`, handle: (c) => pactVersions(c, main, true) },
  {
    method: 'GET',
    pattern: `${pair}/branch/:branch/latest/versions`,
    handle: (c) => pactVersions(c, named(c), true),
  },
  { method: 'GET', pattern: `${pair}/branch/:branch`, handle: (c) => pactVersions(c, named(c), false) },
];

/** The provider's publications on the branch, oldest consumer version first, optionally only the latest per consumer. */
async function onBranch(
  context: RouteContext,
  filter: BranchFilter,
  latest: boolean,
  consumer?: string,
): Promise<SelectablePact['pact'][]> {
  const all = (await context.store.selectablePacts(context.params.provider ?? '')).filter(
    ({ pact, consumerMainBranch }) =>
      (consumer === undefined || pact.consumer === consumer) &&
      pact.consumerBranch !== undefined &&
      pact.consumerBranch === ('branch' in filter ? filter.branch : consumerMainBranch),
  );
  const pacts = all.map(({ pact }) => pact);
  if (!latest) return sortByConsumer(pacts);
  return sortByConsumer([...new Map(pacts.map((pact) => [pact.consumer, pact])).values()]);
}

function sortByConsumer<T extends { readonly consumer: string }>(pacts: T[]): T[] {
  // Stable: within a consumer, oldest version first.
  return pacts.sort((a, b) => a.consumer.toLowerCase().localeCompare(b.consumer.toLowerCase()));
}

async function providerPacts(
  context: RouteContext,
  filter: BranchFilter,
  latest: boolean,
): Promise<Response> {
  const name = context.params.provider ?? '';
  if ((await context.store.findPacticipant(name)) === undefined)
    return errorResponse(404, `No provider named "${name}" was found.`);
  const pacts = await onBranch(context, filter, latest);
  const which = 'branch' in filter ? ` with consumer version branch '${filter.branch}'` : ' for main branch';
  return halResponse({
    _links: {
      self: {
        href: `${context.base}${new URL(context.request.url).pathname}`,
        title: `${latest ? 'Latest' : 'All'} pact versions for the provider ${name}${which}`,
      },
      'pb:provider': { href: context.links.pacticipant(name), name },
      'pb:pacts': pacts.map((pact) => ({
        href: context.links.pact(pact.provider, pact.consumer, pact.consumerVersion),
        title: pactName(pact),
        name: pact.consumer,
      })),
    },
  });
}

async function pactVersions(context: RouteContext, filter: BranchFilter, latest: boolean): Promise<Response> {
  const { provider: providerName = '', consumer = '' } = context.params;
  for (const name of [consumer, providerName])
    if ((await context.store.findPacticipant(name)) === undefined)
      return errorResponse(404, `No pacticipant named "${name}" was found.`);
  const pacts = await onBranch(context, filter, latest, consumer);
  const { links } = context;
  return halResponse({
    _embedded: {
      pacts: pacts.map((pact) => ({
        createdAt: pact.createdAt,
        _embedded: {
          consumerVersion: {
            number: pact.consumerVersion,
            _links: {
              self: {
                title: 'Version',
                name: pact.consumerVersion,
                href: links.version(consumer, pact.consumerVersion),
              },
            },
          },
        },
        _links: {
          self: { href: links.pact(providerName, consumer, pact.consumerVersion), title: pactName(pact) },
        },
      })),
    },
    _links: {
      self: {
        href: `${context.base}${new URL(context.request.url).pathname}`,
        title: `All versions of the pact between ${consumer} and ${providerName}`,
      },
      consumer: { href: links.pacticipant(consumer), title: 'Consumer', name: consumer },
      provider: { href: links.pacticipant(providerName), title: 'Provider', name: providerName },
      'pact-versions': pacts.map((pact) => ({
        href: links.pact(providerName, consumer, pact.consumerVersion),
        title: 'Pact',
        name: pact.consumerVersion,
      })),
    },
  });
}
