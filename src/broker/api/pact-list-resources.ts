/**
 * Lists of a provider's pacts: all of them, those of consumer versions with a tag, those from any
 * consumer's named (or main) branch (all or the latest per consumer, as the official Pact CLI's
 * `get-pacts` asks for them), and the pact versions of one consumer's branch.
 */
import { routePaths } from '../paths/route-paths.ts';
import type { SelectablePact } from '../store/broker-store.ts';
import { pactName } from './pact-body.ts';
import { errorResponse, halResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

/** Which consumer versions: on a named branch, on their main branch, with a tag, or all. */
type VersionFilter =
  | { readonly branch: string }
  | { readonly mainBranch: true }
  | { readonly tag: string }
  | { readonly all: true };

const main: VersionFilter = { mainBranch: true };
const all: VersionFilter = { all: true };
const named = (context: RouteContext): VersionFilter => ({ branch: context.params.branch ?? '' });

/**
 * The pact list routes. Fixed segments come before `:branch`, as in the Pact Broker, so a branch
 * named "latest" or "versions" is not reachable through them.
 *
 * @example
 * const routes = [...pactListRoutes];
 */
export const pactListRoutes: readonly Route[] = [
  { method: 'GET', pattern: routePaths.providerPacts, handle: (c) => providerPacts(c, all, false) },
  {
    method: 'GET',
    pattern: routePaths.providerPactsWithTag,
    handle: (c) => providerPacts(c, { tag: c.params.tag ?? '' }, false),
  },
  {
    method: 'GET',
    pattern: routePaths.latestProviderPactsFromMainBranch,
    handle: (c) => providerPacts(c, main, true),
  },
  {
    method: 'GET',
    pattern: routePaths.providerPactsFromMainBranch,
    handle: (c) => providerPacts(c, main, false),
  },
  {
    method: 'GET',
    pattern: routePaths.latestProviderPactsFromBranch,
    handle: (c) => providerPacts(c, named(c), true),
  },
  {
    method: 'GET',
    pattern: routePaths.providerPactsFromBranch,
    handle: (c) => providerPacts(c, named(c), false),
  },
  {
    method: 'GET',
    pattern: routePaths.pactVersionsFromMainBranch,
    handle: (c) => pactVersions(c, main, false),
  },
  {
    method: 'GET',
    pattern: routePaths.latestPactVersionsFromMainBranch,
    handle: (c) => pactVersions(c, main, true),
  },
  // Not in the Pact Broker: the paths `get-pacts --consumer` requests for the main branch.
  { method: 'GET', pattern: routePaths.pactsFromMainBranch, handle: (c) => pactVersions(c, main, false) },
  { method: 'GET', pattern: routePaths.latestPactFromMainBranch, handle: (c) => pactVersions(c, main, true) },
  {
    method: 'GET',
    pattern: routePaths.latestPactVersionsFromBranch,
    handle: (c) => pactVersions(c, named(c), true),
  },
  { method: 'GET', pattern: routePaths.pactsFromBranch, handle: (c) => pactVersions(c, named(c), false) },
];

/** The provider's publications the filter keeps, oldest consumer version first, optionally only the latest per consumer. */
async function onBranch(
  context: RouteContext,
  filter: VersionFilter,
  latest: boolean,
  consumer?: string,
): Promise<SelectablePact['pact'][]> {
  const kept = (await context.store.selectablePacts(context.params.provider ?? '')).filter(
    (candidate) =>
      (consumer === undefined || candidate.pact.consumer === consumer) && keeps(filter, candidate),
  );
  const pacts = kept.map(({ pact }) => pact);
  if (!latest) return sortByConsumer(pacts);
  return sortByConsumer([...new Map(pacts.map((pact) => [pact.consumer, pact])).values()]);
}

function keeps(filter: VersionFilter, { pact, consumerMainBranch, tags }: SelectablePact): boolean {
  if ('all' in filter) return true;
  if ('tag' in filter) return tags.includes(filter.tag);
  const branch = 'branch' in filter ? filter.branch : consumerMainBranch;
  return pact.consumerBranch !== undefined && pact.consumerBranch === branch;
}

function sortByConsumer<T extends { readonly consumer: string }>(pacts: T[]): T[] {
  // Stable: within a consumer, oldest version first.
  return pacts.sort((a, b) => a.consumer.toLowerCase().localeCompare(b.consumer.toLowerCase()));
}

async function providerPacts(
  context: RouteContext,
  filter: VersionFilter,
  latest: boolean,
): Promise<Response> {
  const name = context.params.provider ?? '';
  if ((await context.store.findPacticipant(name)) === undefined)
    return errorResponse(404, `No provider named "${name}" was found.`);
  const pacts = await onBranch(context, filter, latest);
  const which =
    'branch' in filter
      ? ` with consumer version branch '${filter.branch}'`
      : 'tag' in filter
        ? ` with consumer version tag '${filter.tag}'`
        : 'mainBranch' in filter
          ? ' for main branch'
          : '';
  const pactLinks = pacts.map((pact) => ({
    href: context.links.pact(pact.provider, pact.consumer, pact.consumerVersion),
    title: pactName(pact),
    name: pact.consumer,
  }));
  return halResponse({
    _links: {
      self: {
        href: `${context.base}${new URL(context.request.url).pathname}`,
        title: `${latest ? 'Latest' : 'All'} pact versions for the provider ${name}${which}`,
      },
      'pb:provider': { href: context.links.pacticipant(name), name },
      'pb:pacts': pactLinks,
      // The deprecated un-prefixed relations the Pact Broker still renders (the Rust verifier reads `pacts`).
      provider: { href: context.links.pacticipant(name), name },
      pacts: pactLinks,
    },
  });
}

async function pactVersions(
  context: RouteContext,
  filter: VersionFilter,
  latest: boolean,
): Promise<Response> {
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
