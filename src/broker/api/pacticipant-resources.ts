/**
 * Pacticipants: `GET /pacticipants`, `GET /pacticipants/:name`, its versions (`GET .../versions`,
 * `GET .../versions/:v`), and branch versions.
 */
import type { Pacticipant, PacticipantVersion } from '../store/broker-store.ts';
import type { BrokerLinks } from './links.ts';
import { errorResponse, halResponse } from './responses.ts';
import type { Route } from './router.ts';

/**
 * The pacticipant routes.
 *
 * @example
 * const routes = [...pacticipantRoutes];
 */
export const pacticipantRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/pacticipants',
    handle: async ({ store, links }) => {
      const pacticipants = (await store.listPacticipants()).map((item) => pacticipantBody(item, links));
      return halResponse({
        _embedded: { pacticipants },
        _links: {
          self: { href: links.pacticipants() },
          'pb:pacticipants': pacticipants.map((item) => ({
            href: links.pacticipant(item.name),
            name: item.name,
          })),
        },
      });
    },
  },
  {
    method: 'GET',
    pattern: '/pacticipants/:name',
    handle: async ({ store, links, params }) => {
      const name = params.name ?? '';
      const found = await store.findPacticipant(name);
      if (found === undefined) return errorResponse(404, `No pacticipant named "${name}" was found.`);
      return halResponse(pacticipantBody(found, links));
    },
  },
  {
    method: 'GET',
    pattern: '/pacticipants/:name/versions',
    handle: async ({ store, links, params }) => {
      const name = params.name ?? '';
      if ((await store.findPacticipant(name)) === undefined)
        return errorResponse(404, `No pacticipant named "${name}" was found.`);
      const versions = (await store.listVersions(name)).map((version) => versionBody(version, links));
      return halResponse({
        _embedded: { versions },
        _links: { self: { href: `${links.pacticipant(name)}/versions` } },
      });
    },
  },
  {
    method: 'GET',
    pattern: '/pacticipants/:name/versions/:version',
    handle: async ({ store, links, params }) => {
      const { name = '', version = '' } = params;
      const found = await store.findVersion(name, version);
      if (found === undefined)
        return errorResponse(404, `No version ${version} of pacticipant "${name}" was found.`);
      return halResponse({
        ...versionBody(found, links),
        tags: (await store.tagsOf(name, version)).map((tag) => ({ name: tag })),
      });
    },
  },
  {
    method: 'PUT',
    pattern: '/pacticipants/:name/branches/:branch/versions/:version',
    handle: async ({ store, links, params }) => {
      const version = await store.recordVersion(params.name ?? '', params.version ?? '', params.branch ?? '');
      return halResponse(versionBody(version, links));
    },
  },
];

/**
 * A pacticipant as the Pact Broker shows it.
 *
 * @example
 * pacticipantBody(pacticipant, linksFor('http://b'));
 */
export function pacticipantBody(pacticipant: Pacticipant, links: BrokerLinks) {
  return {
    name: pacticipant.name,
    displayName: pacticipant.name,
    ...(pacticipant.mainBranch === undefined ? {} : { mainBranch: pacticipant.mainBranch }),
    createdAt: pacticipant.createdAt,
    _links: {
      self: { href: links.pacticipant(pacticipant.name) },
      'pb:versions': { href: `${links.pacticipant(pacticipant.name)}/versions` },
      'pb:version': { href: `${links.pacticipant(pacticipant.name)}/versions/{version}`, templated: true },
      'pb:branch-version': {
        href: `${links.pacticipant(pacticipant.name)}/branches/{branch}/versions/{version}`,
        templated: true,
      },
    },
  };
}

/**
 * A pacticipant version as the Pact Broker shows it.
 *
 * @example
 * versionBody(version, linksFor('http://b'));
 */
export function versionBody(version: PacticipantVersion, links: BrokerLinks) {
  return {
    number: version.number,
    ...(version.branch === undefined ? {} : { branch: version.branch }),
    createdAt: version.createdAt,
    _links: {
      self: {
        title: 'Version',
        name: version.number,
        href: links.version(version.pacticipant, version.number),
      },
      'pb:pacticipant': {
        title: 'Pacticipant',
        name: version.pacticipant,
        href: links.pacticipant(version.pacticipant),
      },
    },
  };
}
