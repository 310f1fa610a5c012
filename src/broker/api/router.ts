/** A small router: method + path pattern (`:name` segments) → route. */

import type { BrokerLinks } from '../paths/links.ts';
import type { BrokerStore } from '../store/broker-store.ts';
import type { WebhookDispatcher } from '../webhooks/webhook-dispatcher.ts';

/** What a route handler is given. */
export interface RouteContext {
  readonly request: Request;
  readonly params: Readonly<Record<string, string>>;
  readonly store: BrokerStore;
  readonly links: BrokerLinks;
  readonly base: string;
  /** Parses the JSON body (413 over the limit, 400 when malformed). */
  readonly json: () => Promise<unknown>;
  /** Fires webhooks for the events a request causes; returns at once. */
  readonly webhooks: WebhookDispatcher;
  /**
   * Whether a publication may change the pact content of an existing consumer version (the Pact
   * Broker's `allow_dangerous_contract_modification`); refused with 409 unless true.
   */
  readonly allowContractModification?: boolean;
}

/** One route of the API. */
export interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly handle: (context: RouteContext) => Promise<Response>;
}

/**
 * The route and path parameters for a request, or `undefined`; `methodMismatch` when the path
 * exists for other methods.
 *
 * @example
 * matchRoute(routes, 'GET', '/pacticipants/web');
 */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | { methodMismatch: string[] } | undefined {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (params === undefined) continue;
    if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, params };
    allowed.push(route.method);
  }
  return allowed.length === 0 ? undefined : { methodMismatch: allowed };
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.replace(/\/+$/, '').split('/');
  const actual = path.replace(/\/+$/, '').split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? '';
    if (segment.startsWith(':')) {
      if (value === '') return undefined;
      params[segment.slice(1)] = safeDecode(value);
    } else if (segment !== value) return undefined;
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
