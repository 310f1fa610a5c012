/**
 * `POST /pacts/provider/:provider/for-verification`: the pacts a provider should verify, chosen by
 * consumer version selectors, each with its pending status (for the provider branch, else for each
 * provider tag), plus the work-in-progress pacts when `includeWipPactsSince` is given.
 */

import { isPlainObject } from '../../core/index.ts';
import { routePaths } from '../paths/route-paths.ts';
import { defaultSelectors } from '../selection/default-selectors.ts';
import { parseSelectors } from '../selection/parse-selectors.ts';
import { selectPacts } from '../selection/select-pacts.ts';
import { selectWipPacts } from '../selection/select-wip-pacts.ts';
import type { SelectedPact } from '../selection/selection.ts';
import type { SelectablePact } from '../store/broker-store.ts';
import { pactName } from './pact-body.ts';
import { halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

/**
 * The for-verification routes: `POST` with the selectors, and `GET` (what the Rust verifier asks
 * first, to find the `self` link it then POSTs to), which answers as a POST without selectors.
 *
 * @example
 * const routes = [...forVerificationRoutes];
 */
export const forVerificationRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: routePaths.forVerification,
    handle: async (context) => listPacts(context, await context.json()),
  },
  {
    method: 'GET',
    pattern: routePaths.forVerification,
    handle: async (context) => {
      if (new URL(context.request.url).search !== '')
        return validationResponse({
          query: ['selectors in the query string are not supported; POST them as JSON'],
        });
      return listPacts(context, {});
    },
  },
];

async function listPacts(context: RouteContext, body: unknown): Promise<Response> {
  if (!isPlainObject(body)) return validationResponse({ body: ['must be a JSON object'] });
  const errors = requestErrors(body);
  if (errors !== undefined) return validationResponse(errors);
  const branch = typeof body.providerVersionBranch === 'string' ? body.providerVersionBranch : undefined;
  const environments = new Set(
    (await context.store.listEnvironments()).map((environment) => environment.name),
  );
  const parsed = parseSelectors(body.consumerVersionSelectors ?? [], branch, environments);
  if ('errors' in parsed) return validationResponse({ consumerVersionSelectors: parsed.errors });
  const provider = context.params.provider ?? '';
  const candidates = await context.store.selectablePacts(provider);
  const selectors = parsed.selectors.length === 0 ? defaultSelectors(candidates) : parsed.selectors;
  const selected = selectPacts(candidates, selectors, branch);
  const wipSince = typeof body.includeWipPactsSince === 'string' ? body.includeWipPactsSince : undefined;
  const includePending = body.includePendingStatus === true;
  const tags = branch === undefined ? ((body.providerVersionTags as string[] | undefined) ?? []) : [];
  const verified = await verifiedContents(context, provider, candidates, branch, tags);
  const wip =
    wipSince !== undefined && includePending && (branch !== undefined || tags.length > 0)
      ? selectWipPacts(candidates, selected, verified, new Date(wipSince))
      : [];
  const pacts = [
    ...selected.map((selection) => verifiablePact(context, selection, includePending, verified, false)),
    ...wip.map((selection) => verifiablePact(context, selection, true, verified, true)),
  ];
  return halResponse({
    _embedded: { pacts },
    _links: { self: { href: context.links.forVerification(provider), title: 'Pacts to be verified' } },
  });
}

/**
 * The contents no longer pending: verified for the provider branch; without one, for every
 * provider tag (a content is pending while any tag lacks a verification, as in the Pact Broker);
 * with neither, by any provider version.
 */
async function verifiedContents(
  context: RouteContext,
  provider: string,
  candidates: readonly SelectablePact[],
  branch: string | undefined,
  tags: readonly string[],
): Promise<Set<string>> {
  const shas = [...new Set(candidates.map((candidate) => candidate.pact.sha))];
  if (branch !== undefined || tags.length === 0)
    return context.store.successfullyVerified(provider, shas, branch);
  const perTag = await Promise.all(
    [...new Set(tags)].map((tag) => context.store.successfullyVerified(provider, shas, undefined, tag)),
  );
  return new Set(shas.filter((sha) => perTag.every((verified) => verified.has(sha))));
}

function requestErrors(body: Record<string, unknown>): Record<string, string[]> | undefined {
  const errors: Record<string, string[]> = {};
  const stringField = (field: string) => {
    if (body[field] !== undefined && typeof body[field] !== 'string') errors[field] = ['must be a string'];
  };
  stringField('providerVersionBranch');
  if (body.includePendingStatus !== undefined && typeof body.includePendingStatus !== 'boolean')
    errors.includePendingStatus = ['must be true or false'];
  const since = body.includeWipPactsSince;
  if (since !== undefined && (typeof since !== 'string' || Number.isNaN(Date.parse(since))))
    errors.includeWipPactsSince = ['must be a date or date-time, e.g. 2026-01-31'];
  const tags = body.providerVersionTags;
  if (tags !== undefined && !(Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')))
    errors.providerVersionTags = ['must be an array of strings'];
  return Object.keys(errors).length === 0 ? undefined : errors;
}

function verifiablePact(
  context: RouteContext,
  selection: SelectedPact,
  includePending: boolean,
  verified: ReadonlySet<string>,
  wip: boolean,
) {
  const { pact } = selection.candidate;
  const provider = pact.provider;
  const url = context.links.pactVersion(provider, pact.consumer, pact.sha);
  const pending = !verified.has(pact.sha);
  const reasons = selection.reasons.join(', ');
  const notices = [
    {
      when: 'before_verification',
      text: wip
        ? `The pact at ${url} is being verified because it is a "work in progress" pact (that is, it is the ${reasons} and is still in pending state). Read more at https://docs.pact.io/go/wip`
        : `The pact at ${url} is being verified because the pact content belongs to the consumer version matching the following criterion: ${reasons}`,
    },
  ];
  if (includePending)
    notices.push(
      pending
        ? {
            when: 'before_verification',
            text: `This pact is in pending state for this version of ${provider} because a successful verification result for it has not yet been published. If this verification fails, it will not cause the overall build to fail.`,
          }
        : {
            when: 'before_verification',
            text: `This pact has previously been successfully verified by ${provider}. If this verification fails, it will fail the build.`,
          },
    );
  return {
    shortDescription: wip ? `WIP: ${reasons}` : reasons,
    verificationProperties: {
      ...(includePending ? { pending } : {}),
      ...(wip ? { wip: true } : {}),
      notices,
    },
    _links: { self: { href: url, name: pactName(pact) } },
  };
}
