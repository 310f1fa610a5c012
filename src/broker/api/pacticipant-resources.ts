/**
 * Pacticipants: `GET /pacticipants`, `GET /pacticipants/:name`, its versions (`GET .../versions`,
 * `GET .../versions/:v`, `.../latest-version[/:tag]`), its branches (`GET .../branches`,
 * `.../branches/:b`, `.../branches/:b/versions`, `.../branches/:b/latest-version`), and `PUT`
 * branch versions; `POST /pacticipants`, `PATCH` and `PUT /pacticipants/:name` (the fields
 * `create-or-update-pacticipant` sets).
 */

import type { BrokerLinks } from '../paths/links.ts';
import { routePaths } from '../paths/route-paths.ts';
import type { BrokerStore, PacticipantVersion } from '../store/broker-store.ts';
import { pacticipantBody } from './pacticipant-body.ts';
import { createPacticipant, updatePacticipant } from './pacticipant-writes.ts';
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
    pattern: routePaths.pacticipants,
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
  { method: 'POST', pattern: routePaths.pacticipants, handle: createPacticipant },
  {
    method: 'PATCH',
    pattern: routePaths.pacticipant,
    handle: (context) => updatePacticipant(context, 'merge'),
  },
  {
    method: 'PUT',
    pattern: routePaths.pacticipant,
    handle: (context) => updatePacticipant(context, 'replace'),
  },
  {
    method: 'GET',
    pattern: routePaths.pacticipant,
    handle: async ({ store, links, params }) => {
      const name = params.name ?? '';
      const found = await store.findPacticipant(name);
      if (found === undefined) return errorResponse(404, `No pacticipant named "${name}" was found.`);
      return halResponse(pacticipantBody(found, links));
    },
  },
  {
    method: 'GET',
    pattern: routePaths.versions,
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
    pattern: routePaths.version,
    handle: async ({ store, links, params }) => {
      const { name = '', version = '' } = params;
      const found = await store.findVersion(name, version);
      if (found === undefined)
        return errorResponse(404, `No version ${version} of pacticipant "${name}" was found.`);
      return halResponse(await fullVersionBody(found, store, links));
    },
  },
  {
    method: 'GET',
    pattern: routePaths.latestVersion,
    handle: ({ store, links, params }) => latestVersion(store, links, params.name ?? ''),
  },
  {
    method: 'GET',
    pattern: routePaths.latestVersionWithTag,
    handle: ({ store, links, params }) => latestVersion(store, links, params.name ?? '', params.tag),
  },
  {
    method: 'GET',
    pattern: routePaths.branches,
    handle: async ({ store, links, params }) => {
      const name = params.name ?? '';
      if ((await store.findPacticipant(name)) === undefined)
        return errorResponse(404, `No pacticipant named "${name}" was found.`);
      const branches = new Map<string, PacticipantVersion>();
      for (const version of await store.listVersions(name))
        if (version.branch !== undefined && !branches.has(version.branch))
          branches.set(version.branch, version);
      return halResponse({
        _embedded: {
          branches: [...branches.values()].map((latest) =>
            branchBody(name, latest.branch ?? '', latest, links),
          ),
        },
        _links: { self: { href: `${links.pacticipant(name)}/branches` } },
      });
    },
  },
  {
    method: 'GET',
    pattern: routePaths.branch,
    handle: async ({ store, links, params }) => {
      const { name = '', branch = '' } = params;
      const latest = await store.latestVersion(name, undefined, branch);
      if (latest === undefined)
        return errorResponse(404, `No branch ${branch} of pacticipant "${name}" was found.`);
      return halResponse(branchBody(name, branch, latest, links));
    },
  },
  {
    method: 'GET',
    pattern: routePaths.branchLatestVersion,
    handle: ({ store, links, params }) =>
      latestVersion(store, links, params.name ?? '', undefined, params.branch ?? ''),
  },
  {
    method: 'GET',
    pattern: routePaths.branchVersions,
    handle: async ({ store, links, params }) => {
      const { name = '', branch = '' } = params;
      const versions = (await store.listVersions(name)).filter((version) => version.branch === branch);
      if (versions.length === 0)
        return errorResponse(404, `No branch ${branch} of pacticipant "${name}" was found.`);
      return halResponse({
        _embedded: { versions: versions.map((version) => versionBody(version, links)) },
        _links: {
          self: { href: links.branchVersions(name, branch) },
        },
      });
    },
  },
  {
    method: 'PUT',
    pattern: routePaths.branchVersion,
    handle: async ({ store, links, params }) => {
      const version = await store.recordVersion(params.name ?? '', params.version ?? '', params.branch ?? '');
      return halResponse(versionBody(version, links));
    },
  },
];

async function latestVersion(
  store: BrokerStore,
  links: BrokerLinks,
  name: string,
  tag?: string,
  branch?: string,
): Promise<Response> {
  const found = await store.latestVersion(name, tag, branch);
  if (found === undefined)
    return errorResponse(
      404,
      `No ${tag === undefined ? '' : `${tag} `}version of pacticipant "${name}"${branch === undefined ? '' : ` on branch ${branch}`} was found.`,
    );
  return halResponse(await fullVersionBody(found, store, links));
}

/**
 * A version with its tags and, as the Pact Broker links them, where it can be recorded as deployed
 * or released (`pb:record-deployment` and `pb:record-release`, one link per environment, named by
 * the environment: the Pact CLI's record-deployment and record-release follow them).
 */
async function fullVersionBody(version: PacticipantVersion, store: BrokerStore, links: BrokerLinks) {
  const body = versionBody(version, links);
  const self = links.version(version.pacticipant, version.number);
  const tags = (await store.tagsOf(version.pacticipant, version.number)).map((name) => ({
    name,
    _links: {
      self: { title: 'Tag', name, href: links.versionTag(version.pacticipant, version.number, name) },
    },
  }));
  const environments = await store.listEnvironments();
  const record = (kind: 'deployed' | 'released', verb: string) =>
    environments.map((environment) => ({
      title: `Record ${verb} to ${environment.displayName ?? environment.name}`,
      name: environment.name,
      href: links.versionInEnvironment(kind, version.pacticipant, version.number, environment.uuid),
    }));
  return {
    ...body,
    tags: tags.map(({ name }) => ({ name })),
    _embedded: { tags },
    _links: {
      ...body._links,
      'pb:tag': {
        title: 'Get, create or delete a tag for this pacticipant version',
        href: `${self}/tags/{tag}`,
        templated: true,
      },
      'pb:record-deployment': record('deployed', 'deployment'),
      'pb:record-release': record('released', 'release'),
    },
  };
}

function branchBody(name: string, branch: string, latest: PacticipantVersion, links: BrokerLinks) {
  const self = links.branch(name, branch);
  return {
    name: branch,
    _links: {
      self: { title: 'Branch', name: branch, href: self },
      'pb:latest-version': { title: 'Latest version', name: latest.number, href: `${self}/latest-version` },
      'pb:versions': { title: 'Versions', href: `${self}/versions` },
      'pb:pacticipant': { title: 'Pacticipant', name, href: links.pacticipant(name) },
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
