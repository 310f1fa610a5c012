/** A consumer version's tags: `GET` and `PUT /pacticipants/:n/versions/:v/tags/:t`, in the Pact Broker's shapes. */
import { routePaths } from '../paths/route-paths.ts';
import { errorResponse, halResponse } from './responses.ts';
import type { Route } from './router.ts';

/**
 * The tag routes.
 *
 * @example
 * const routes = [...tagRoutes];
 */
export const tagRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: routePaths.versionTag,
    handle: async ({ store, links, params }) => {
      const { name = '', version: number = '', tag = '' } = params;
      if (!(await store.tagsOf(name, number)).includes(tag))
        return errorResponse(404, `Version ${number} of pacticipant "${name}" has no tag ${tag}.`);
      const self = links.versionTag(name, number, tag);
      return halResponse({ name: tag, _links: { self: { title: 'Tag', name: tag, href: self } } });
    },
  },
  {
    method: 'PUT',
    pattern: routePaths.versionTag,
    handle: async ({ store, links, params }) => {
      const { name = '', version: number = '', tag = '' } = params;
      await store.addTag(name, number, tag);
      const self = links.versionTag(name, number, tag);
      return halResponse(
        {
          name: tag,
          _links: {
            self: { title: 'Tag', name: tag, href: self },
            'pb:version': {
              title: 'Version',
              name: number,
              href: links.version(name, number),
            },
            'pb:pacticipant': { title: 'Pacticipant', name, href: links.pacticipant(name) },
          },
        },
        201,
        { location: self },
      );
    },
  },
];
