/**
 * The broker as a fetch-style handler: route, parse, answer; whatever a route throws (and the
 * router's 404 and 405) becomes a JSON error in one place, api/error-mapper.ts.
 */
import { randomUUID } from 'node:crypto';
import { debuglog } from 'node:util';
import { type FetchHandler, HttpStatusError } from '../core/index.ts';
import { badgeRoutes } from './api/badge-resources.ts';
import { baseUrlFor, parseBaseUrls } from './api/base-url.ts';
import { environmentRoutes } from './api/environment-resources.ts';
import { errorResponseOf, MethodNotAllowedError } from './api/error-mapper.ts';
import { figuresRoutes } from './api/figures-resources.ts';
import { forVerificationRoutes } from './api/for-verification.ts';
import { nameErrors } from './api/input-limits.ts';
import { integrationRoutes } from './api/integration-resources.ts';
import { latestPactsRoute } from './api/latest-pacts-resource.ts';
import { matrixRoutes } from './api/matrix-resources.ts';
import { pactListRoutes } from './api/pact-list-resources.ts';
import { pactRoutes } from './api/pact-resources.ts';
import { pacticipantRoutes } from './api/pacticipant-resources.ts';
import { publishContractsRoute } from './api/publish-contracts.ts';
import { BodyError, readJsonBody } from './api/request-body.ts';
import { matchRoute, type Route } from './api/router.ts';
import { tagRoutes } from './api/tag-resources.ts';
import { verificationRoutes } from './api/verification-resources.ts';
import { webhookRoutes } from './api/webhook-resources.ts';
import { linksFor } from './paths/links.ts';
import type { BrokerStore } from './store/broker-store.ts';
import { rootRoute, uiRoutes } from './ui/ui-routes.ts';
import { createWebhookDispatcher, type WebhookDispatcher } from './webhooks/webhook-dispatcher.ts';

/**
 * Options of {@link createBrokerHandler}.
 *
 * @example
 * const options: BrokerHandlerOptions = { maxBodyBytes: 1024 * 1024 };
 */
export interface BrokerHandlerOptions {
  /** Larger request bodies are answered with 413 (default 10 MiB). */
  readonly maxBodyBytes?: number;
  /**
   * Delivers webhooks (default: a dispatcher with default options, never closed; its retry waits
   * do not keep the process alive). Pass one to set options and close it at shutdown.
   */
  readonly webhooks?: WebhookDispatcher;
  /**
   * Let a publication change the pact of an existing consumer version (default false: refused
   * with 409, as the Pact Broker's `allow_dangerous_contract_modification` defaults to).
   */
  readonly allowContractModification?: boolean;
  /**
   * Where the detail of an unexpected failure goes, with the reference its 500 answer shows
   * (default the `seam:broker` debug log, `NODE_DEBUG=seam:broker`).
   */
  readonly log?: (message: string) => void;
  /**
   * The broker's public base URL (several separated by spaces, as the Pact Broker's
   * `PACT_BROKER_BASE_URL`): links and webhooks use it, never a client's Host header. Default
   * none: links follow the Host header.
   */
  readonly baseUrl?: string;
}

const debug = debuglog('seam:broker');

/** The default request body limit of the broker: 10 MiB. */
export const defaultBrokerBodyLimit = 10 * 1024 * 1024;

// First match wins: badges before pacts, or `…/latest/badge` would read as the latest pact tagged "badge".
const routes: readonly Route[] = [
  rootRoute,
  ...uiRoutes,
  publishContractsRoute,
  ...forVerificationRoutes,
  ...badgeRoutes,
  ...pactRoutes,
  latestPactsRoute,
  ...pactListRoutes,
  ...verificationRoutes,
  ...pacticipantRoutes,
  ...tagRoutes,
  ...environmentRoutes,
  ...matrixRoutes,
  ...integrationRoutes,
  ...figuresRoutes,
  ...webhookRoutes,
];

/**
 * The Pact-Broker-compatible API over a store.
 *
 * @throws SeamError `usage` when `baseUrl` is not an absolute http(s) URL.
 * @example
 * const handler = createBrokerHandler(openSqliteStore());
 * const index = await (await handler(new Request('http://broker/'))).json();
 */
export function createBrokerHandler(store: BrokerStore, options: BrokerHandlerOptions = {}): FetchHandler {
  const limit = options.maxBodyBytes ?? defaultBrokerBodyLimit;
  const baseUrls = options.baseUrl === undefined ? [] : parseBaseUrls(options.baseUrl);
  const webhooks = options.webhooks ?? createWebhookDispatcher(store);
  const log = options.log ?? ((message: string) => debug('%s', message));
  const serve = async (request: Request, path: string): Promise<Response> => {
    const url = new URL(request.url);
    const found = matchRoute(routes, request.method, path);
    if (found === undefined) throw new HttpStatusError(404, `No resource at ${request.method} ${path}.`);
    if ('methodMismatch' in found)
      throw new MethodNotAllowedError(request.method, path, found.methodMismatch);
    // Names PostgreSQL cannot store or index (a NUL, over 255 characters) are refused up front.
    const refused = nameErrors([...Object.entries(found.params), ...url.searchParams]);
    if (refused !== undefined) throw new BodyError(400, 'Names the broker cannot store.', refused);
    const base = baseUrlFor(request, baseUrls);
    return found.route.handle({
      request,
      params: found.params,
      store,
      base,
      links: linksFor(base),
      json: () => readJsonBody(request, limit),
      webhooks,
      allowContractModification: options.allowContractModification === true,
    });
  };
  return async (request) => {
    const path = new URL(request.url).pathname;
    try {
      return await serve(request, path);
    } catch (error) {
      // The detail (a database's message, a stack) is logged, never answered.
      return errorResponseOf(error, (internal) => {
        const reference = randomUUID();
        log(
          `Internal error ${reference} on ${request.method} ${path}: ${(internal as Error)?.stack ?? String(internal)}`,
        );
        return reference;
      });
    }
  };
}
