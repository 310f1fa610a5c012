/**
 * `GET /seam/figures?days=N`: seam's figures beyond the Pact Broker — the compatibility score of
 * what is deployed together, and contract stability over the last N days (default 7, at most 366);
 * and `GET /seam/compatibility-matrix?pacticipant=P[&format=yaml]`.
 */

import { compatibilityMatrix } from '../figures/compatibility-matrix.ts';
import { computeFigures } from '../figures/compute-figures.ts';
import { formatCompatibilityMatrix } from '../figures/format-compatibility-matrix.ts';
import { routePaths } from '../paths/route-paths.ts';
import { errorResponse, halResponse, validationResponse } from './responses.ts';
import type { Route } from './router.ts';

/**
 * The figures route.
 *
 * @example
 * const routes = [...figuresRoutes];
 */
export const figuresRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: routePaths.figures,
    handle: async ({ request, store, links }) => {
      const raw = new URL(request.url).searchParams.get('days');
      const days = raw === null ? 7 : Number(raw);
      if (!Number.isInteger(days) || days < 1 || days > 366)
        return validationResponse({ days: ['must be a whole number of days from 1 to 366'] });
      const figures = await computeFigures(store, { days });
      return halResponse({ ...figures, _links: { self: { href: links.figures(days) } } });
    },
  },
  {
    method: 'GET',
    pattern: routePaths.compatibilityMatrix,
    handle: async ({ request, store }) => {
      const query = new URL(request.url).searchParams;
      const pacticipant = query.get('pacticipant') ?? undefined;
      if (pacticipant !== undefined && (await store.findPacticipant(pacticipant)) === undefined)
        return errorResponse(404, `No pacticipant named ${JSON.stringify(pacticipant)} was found.`);
      const matrix = await compatibilityMatrix(store, { pacticipant });
      if (query.get('format') === 'yaml')
        return new Response(formatCompatibilityMatrix(matrix, 'yaml'), {
          headers: { 'content-type': 'application/yaml;charset=utf-8' },
        });
      return halResponse({ ...matrix });
    },
  },
];
