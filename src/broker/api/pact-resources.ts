/**
 * Pacts by consumer version, latest (overall, with a tag, from a branch), by content SHA, the
 * latest pact of each consumer of a provider (optionally with a tag), and the legacy `PUT`
 * publication (409 when it would change an existing consumer version's pact).
 */
import { routePaths } from '../paths/route-paths.ts';
import type { PactPublication } from '../store/broker-store.ts';
import { contentSha } from '../store/content-sha.ts';
import { modificationRefusedMessage } from './contract-modification.ts';
import { pactBody } from './pact-body.ts';
import { pactContentErrors } from './pact-content.ts';
import { errorResponse, halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

/**
 * The pact routes.
 *
 * @example
 * const routes = [...pactRoutes];
 */
export const pactRoutes: readonly Route[] = [
  { method: 'PUT', pattern: routePaths.pact, handle: putPact },
  {
    method: 'GET',
    pattern: routePaths.pact,
    handle: async (context) => {
      const { provider = '', consumer = '', version = '' } = context.params;
      return answer(context, await context.store.findPact(provider, consumer, version), `version ${version}`);
    },
  },
  {
    method: 'GET',
    pattern: routePaths.latestPact,
    handle: async (context) => {
      const { provider = '', consumer = '' } = context.params;
      const [latest] = await context.store.latestPacts({ provider, consumer });
      return answer(context, latest, 'any version');
    },
  },
  {
    method: 'GET',
    pattern: routePaths.latestPactWithTag,
    handle: async (context) => {
      const { provider = '', consumer = '', tag = '' } = context.params;
      const version = await context.store.latestVersion(consumer, tag);
      const pact =
        version === undefined ? undefined : await context.store.findPact(provider, consumer, version.number);
      return answer(context, pact, `latest with tag ${tag}`);
    },
  },
  {
    method: 'GET',
    pattern: routePaths.latestPactFromBranch,
    handle: async (context) => {
      const { provider = '', consumer = '', branch = '' } = context.params;
      const [latest] = await context.store.latestPacts({ provider, consumer, branch });
      return answer(context, latest, `latest from branch ${branch}`);
    },
  },
  {
    method: 'GET',
    pattern: routePaths.latestProviderPacts,
    handle: (context) => latestProviderPacts(context),
  },
  {
    method: 'GET',
    pattern: routePaths.latestProviderPactsWithTag,
    handle: (context) => latestProviderPacts(context, context.params.tag),
  },
  {
    method: 'GET',
    pattern: routePaths.pactVersion,
    handle: async (context) => {
      const { provider = '', consumer = '', sha = '' } = context.params;
      return answer(
        context,
        await context.store.findPactBySha(provider, consumer, sha),
        `pact version ${sha}`,
      );
    },
  },
];

async function putPact(context: RouteContext): Promise<Response> {
  const { provider = '', consumer = '', version = '' } = context.params;
  const json = await context.json();
  const errors = pactContentErrors(json, consumer, provider);
  if (errors.length > 0) return validationResponse({ pact: errors });
  const content = JSON.stringify(json);
  const refuseChange = context.allowContractModification !== true;
  // Created, previousSha and changeRefused come from the store's transaction, so concurrent PUTs create once.
  const pact = await context.store.publishPact({
    provider,
    consumer,
    consumerVersion: version,
    content,
    sha: contentSha(json),
    refuseChange,
  });
  if (pact.changeRefused === true)
    return errorResponse(409, modificationRefusedMessage(consumer, version, provider));
  context.webhooks.pactPublished({ pact, previousSha: pact.previousSha, base: context.base });
  return halResponse(pactBody(pact, context.links), pact.created ? 201 : 200);
}

/** `pb:latest-provider-pacts` (with a tag: `pb:latest-provider-pacts-with-tag`): the latest pact per consumer. */
async function latestProviderPacts(context: RouteContext, tag?: string): Promise<Response> {
  const provider = context.params.provider ?? '';
  if ((await context.store.findPacticipant(provider)) === undefined)
    return errorResponse(404, `No provider named "${provider}" was found.`);
  let pacts: PactPublication[];
  if (tag === undefined) pacts = await context.store.latestPacts({ provider });
  else {
    const latest = new Map<string, PactPublication>();
    for (const candidate of await context.store.selectablePacts(provider))
      if (candidate.tags.includes(tag)) latest.set(candidate.pact.consumer, candidate.pact);
    pacts = [...latest.values()].sort((a, b) => (a.consumer < b.consumer ? -1 : 1));
  }
  const self = context.links.latestProviderPacts(provider, tag);
  const links = pacts.map((pact) => ({
    href: context.links.pact(provider, pact.consumer, pact.consumerVersion),
    title: `Pact between ${pact.consumer} (${pact.consumerVersion}) and ${provider}`,
    name: pact.consumer,
  }));
  return halResponse({
    _links: {
      self: { href: self },
      'pb:provider': { href: context.links.pacticipant(provider), name: provider },
      'pb:pacts': links,
      // The Pact Broker still renders the deprecated un-prefixed relations, and the Rust verifier
      // follows `pacts` when it is given no consumer version selectors.
      provider: { href: context.links.pacticipant(provider), name: provider },
      pacts: links,
    },
    pacts: links.map((link) => ({ _links: { self: link } })),
  });
}

function answer(context: RouteContext, pact: PactPublication | undefined, what: string): Response {
  const { provider = '', consumer = '' } = context.params;
  if (pact === undefined)
    return errorResponse(
      404,
      `No pact was found between consumer ${consumer} (${what}) and provider ${provider}.`,
    );
  return halResponse(pactBody(pact, context.links));
}
