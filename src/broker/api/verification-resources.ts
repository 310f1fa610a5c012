/** Verification results: the verifier's `POST` to `pb:publish-verification-results`, and `GET`s. */

import { isPlainObject } from '../../core/index.ts';
import type { BrokerLinks } from '../paths/links.ts';
import { routePaths } from '../paths/route-paths.ts';
import type { VerificationResult } from '../store/broker-store.ts';
import { errorResponse, halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

/**
 * The verification result routes.
 *
 * @example
 * const routes = [...verificationRoutes];
 */
export const verificationRoutes: readonly Route[] = [
  { method: 'POST', pattern: routePaths.verificationResults, handle: postResult },
  {
    method: 'GET',
    pattern: routePaths.verificationResult,
    handle: async ({ store, links, params }) => {
      const { provider = '', consumer = '', sha = '', id = '' } = params;
      const number = id === 'latest' ? undefined : Number(id);
      if (number !== undefined && !Number.isSafeInteger(number))
        return errorResponse(404, `No verification result with id ${id}.`);
      const found = await store.findVerification(provider, consumer, sha, number);
      if (found === undefined)
        return errorResponse(
          404,
          `No verification result ${id} for pact version ${sha} between ${consumer} and ${provider}.`,
        );
      return halResponse(resultBody(found, links));
    },
  },
];

async function postResult(context: RouteContext): Promise<Response> {
  const { provider = '', consumer = '', sha = '' } = context.params;
  const body = await context.json();
  if (!isPlainObject(body)) return validationResponse({ body: ['must be a JSON object'] });
  const errors: Record<string, string[]> = {};
  if (typeof body.success !== 'boolean') errors.success = ['must be true or false'];
  const version = body.providerApplicationVersion;
  if (typeof version !== 'string' || version === '') errors.providerApplicationVersion = ['is missing'];
  if (Object.keys(errors).length > 0) return validationResponse(errors);
  const pact = await context.store.findPactBySha(provider, consumer, sha);
  if (pact === undefined)
    return errorResponse(
      404,
      `No pact version ${sha} between consumer ${consumer} and provider ${provider}.`,
    );
  const result = await context.store.recordVerification({
    provider,
    consumer,
    sha,
    providerVersion: version as string,
    success: body.success as boolean,
    results: body,
  });
  context.webhooks.verificationPublished({ verification: result, pact, base: context.base });
  const self = context.links.verificationResult(provider, consumer, sha, result.id);
  return halResponse(resultBody(result, context.links), 201, { location: self });
}

function resultBody(result: VerificationResult, links: BrokerLinks): Record<string, unknown> {
  const { provider, consumer, sha } = result;
  return {
    ...result.results,
    providerName: provider,
    providerApplicationVersion: result.providerVersion,
    ...(result.providerBranch === undefined ? {} : { providerVersionBranch: result.providerBranch }),
    success: result.success,
    verificationDate: result.createdAt,
    _links: {
      self: {
        title: 'Verification result',
        name: `Verification result ${result.id}`,
        href: links.verificationResult(provider, consumer, sha, result.id),
      },
      'pb:pact-version': { title: 'Pact', href: links.pactVersion(provider, consumer, sha) },
      'pb:provider-version': {
        title: 'Provider version',
        name: result.providerVersion,
        href: links.version(provider, result.providerVersion),
      },
    },
  };
}
