/**
 * `POST /pacts/provider/:provider/for-verification`: the pacts a provider should verify, chosen by
 * consumer version selectors (for now `latest`, `mainBranch`, `branch`, with `consumer`), each
 * with its pending status.
 */
import type { BrokerStore, LatestPactsQuery, PactPublication } from '../store/broker-store.ts';
import { pactName } from './pact-body.ts';
import { isJsonObject } from './request-body.ts';
import { halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

const supportedKeys = new Set(['latest', 'mainBranch', 'branch', 'consumer']);

interface Selection {
  readonly pact: PactPublication;
  readonly reasons: string[];
}

const pattern = '/pacts/provider/:provider/for-verification';

/**
 * The for-verification routes: `POST` with the selectors, and `GET` (what the Rust verifier asks
 * first, to find the `self` link it then POSTs to), which answers as a POST without selectors.
 *
 * @example
 * const routes = [...forVerificationRoutes];
 */
export const forVerificationRoutes: readonly Route[] = [
  { method: 'POST', pattern, handle: async (context) => listPacts(context, await context.json()) },
  {
    method: 'GET',
    pattern,
    handle: async (context) => {
      if (new URL(context.request.url).search !== '')
        return validationResponse({
          query: ['selectors in the query string are not supported yet; POST them as JSON'],
        });
      return listPacts(context, {});
    },
  },
];

async function listPacts(context: RouteContext, body: unknown): Promise<Response> {
  if (!isJsonObject(body)) return validationResponse({ body: ['must be a JSON object'] });
  const selectors = body.consumerVersionSelectors ?? [];
  const errors = selectorErrors(selectors);
  if (errors.length > 0) return validationResponse({ consumerVersionSelectors: errors });
  const queries = toQueries(context.params.provider ?? '', selectors as Record<string, unknown>[]);
  return answer(context, body, await select(context.store, queries));
}

function selectorErrors(selectors: unknown): string[] {
  if (!Array.isArray(selectors)) return ['must be an array of selector objects'];
  const errors: string[] = [];
  for (const [index, selector] of selectors.entries()) {
    if (!isJsonObject(selector)) errors.push(`[${index}] must be an object`);
    else
      for (const key of Object.keys(selector))
        if (!supportedKeys.has(key))
          errors.push(
            `[${index}].${key} is not supported by this broker yet (supported: latest, mainBranch, branch, consumer)`,
          );
  }
  return errors;
}

function toQueries(
  provider: string,
  selectors: readonly Record<string, unknown>[],
): [LatestPactsQuery, string][] {
  if (selectors.length === 0) return [[{ provider }, 'latest pact']];
  return selectors.map((selector) => {
    const consumer = typeof selector.consumer === 'string' ? { consumer: selector.consumer } : {};
    if (typeof selector.branch === 'string')
      return [
        { provider, ...consumer, branch: selector.branch },
        `latest pact for branch ${selector.branch}`,
      ];
    if (selector.mainBranch === true)
      return [{ provider, ...consumer, mainBranch: true }, 'latest pact for main branch'];
    return [{ provider, ...consumer }, 'latest pact'];
  });
}

async function select(
  store: BrokerStore,
  queries: readonly [LatestPactsQuery, string][],
): Promise<Selection[]> {
  const bySha = new Map<string, Selection>();
  for (const [query, reason] of queries) {
    for (const pact of await store.latestPacts(query)) {
      const key = `${pact.consumer}\u0000${pact.sha}`;
      const found = bySha.get(key);
      if (found === undefined) bySha.set(key, { pact, reasons: [reason] });
      else if (!found.reasons.includes(reason)) found.reasons.push(reason);
    }
  }
  return [...bySha.values()];
}

async function answer(
  context: RouteContext,
  body: Record<string, unknown>,
  selected: readonly Selection[],
): Promise<Response> {
  const provider = context.params.provider ?? '';
  const branch = typeof body.providerVersionBranch === 'string' ? body.providerVersionBranch : undefined;
  const includePending = body.includePendingStatus === true;
  const pacts = [];
  for (const { pact, reasons } of selected) {
    const pending =
      includePending && !(await context.store.hasSuccessfulVerification(provider, pact.sha, branch));
    pacts.push({
      shortDescription: `${reasons.join(', ')} of ${pact.consumer}`,
      verificationProperties: {
        ...(includePending ? { pending } : {}),
        notices: [
          {
            when: 'before_verification',
            text: `The pact at ${context.links.pactVersion(provider, pact.consumer, pact.sha)} is being verified because it matches the following configured selection criterion: ${reasons.join(', ')} (${pact.consumer} ${pact.consumerVersion})`,
          },
        ],
      },
      _links: {
        self: { href: context.links.pactVersion(provider, pact.consumer, pact.sha), name: pactName(pact) },
      },
    });
  }
  return halResponse({
    _embedded: { pacts },
    _links: { self: { href: context.links.forVerification(provider), title: 'Pacts to be verified' } },
  });
}
