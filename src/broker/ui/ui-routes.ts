/**
 * The web UI's routes: server-rendered pages under `/ui`, the stylesheet, and `GET /`, which
 * sends browsers to `/ui` and keeps answering API clients with the HAL index.
 */

import { indexRoute } from '../api/index-resource.ts';
import type { Route, RouteContext } from '../api/router.ts';
import { routePaths } from '../paths/route-paths.ts';
import { canIDeployPage } from './can-i-deploy-page.ts';
import { environmentsPage } from './environments-page.ts';
import { figuresPage } from './figures-page.ts';
import { homePage } from './home-page.ts';
import { matrixPage } from './matrix-page.ts';
import { networkPage } from './network-page.ts';
import { pactPage } from './pact-page.ts';
import { pacticipantPage } from './pacticipant-page.ts';
import { notFoundPage } from './page.ts';
import { prefersHtml } from './prefers-html.ts';
import { withSecurityHeaders } from './security-headers.ts';
import { styleCss } from './style-css.ts';
import type { UiContext } from './ui-context.ts';
import { versionPage } from './version-page.ts';

function page(pattern: string, render: (context: UiContext) => Promise<Response>): Route {
  return {
    method: 'GET',
    pattern,
    handle: async ({ store, params, request }: RouteContext) =>
      withSecurityHeaders(await render({ store, params, query: new URL(request.url).searchParams })),
  };
}

/**
 * `GET /`: a browser is redirected to `/ui`; any other client gets the HAL index.
 *
 * @example
 * const routes = [rootRoute, ...uiRoutes];
 */
export const rootRoute: Route = {
  method: 'GET',
  pattern: routePaths.index,
  handle: async (context) => {
    if (prefersHtml(context.request))
      return withSecurityHeaders(
        new Response(null, { status: 303, headers: { location: routePaths.ui, vary: 'accept' } }),
      );
    const response = await indexRoute.handle(context);
    response.headers.append('vary', 'accept');
    return response;
  },
};

/**
 * The pages and assets of the web UI.
 *
 * @example
 * const routes = [rootRoute, ...uiRoutes];
 */
export const uiRoutes: readonly Route[] = [
  page(routePaths.ui, homePage),
  page(routePaths.uiEnvironments, environmentsPage),
  page(routePaths.uiPacticipant, pacticipantPage),
  page(routePaths.uiVersion, versionPage),
  page(routePaths.uiPact, pactPage),
  page(routePaths.uiMatrix, matrixPage),
  page(routePaths.uiNetwork, networkPage),
  page(routePaths.uiCanIDeploy, canIDeployPage),
  page(routePaths.uiFigures, figuresPage),
  {
    method: 'GET',
    pattern: routePaths.uiAsset,
    handle: async ({ params }) =>
      withSecurityHeaders(
        params.file === 'style.css'
          ? new Response(styleCss, {
              headers: { 'content-type': 'text/css;charset=utf-8', 'cache-control': 'public, max-age=300' },
            })
          : notFoundPage(`No asset named "${params.file ?? ''}".`),
      ),
  },
];
