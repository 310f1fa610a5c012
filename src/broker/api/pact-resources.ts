/** Pacts by consumer version, latest, and by content SHA; the legacy `PUT` publication. */
import type { PactPublication } from '../store/broker-store.ts';
import { pactBody } from './pact-body.ts';
import { pactContentErrors } from './pact-content.ts';
import { errorResponse, halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

const base = '/pacts/provider/:provider/consumer/:consumer';

/**
 * The pact routes.
 *
 * @example
 * const routes = [...pactRoutes];
 */
export const pactRoutes: readonly Route[] = [
  { method: 'PUT', pattern: `${base}/version/:version`, handle: putPact },
  {
    method: 'GET',
    pattern: `${base}/version/:version`,
    handle: async (context) => {
      const { provider = '', consumer = '', version = '' } = context.params;
      return answer(context, await context.store.findPact(provider, consumer, version), `version ${version}`);
    },
  },
  {
    method: 'GET',
    pattern: `${base}/latest`,
    handle: async (context) => {
      const { provider = '', consumer = '' } = context.params;
      const [latest] = await context.store.latestPacts({ provider, consumer });
      return answer(context, latest, 'any version');
    },
  },
  {
    method: 'GET',
    pattern: `${base}/pact-version/:sha`,
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
  const existed = (await context.store.findPact(provider, consumer, version)) !== undefined;
  const content = JSON.stringify(json);
  const previousSha = await context.store.latestPactSha(provider, consumer);
  const pact = await context.store.publishPact({ provider, consumer, consumerVersion: version, content });
  context.webhooks.pactPublished({ pact, previousSha, base: context.base });
  return halResponse(pactBody(pact, context.links), existed ? 200 : 201);
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
