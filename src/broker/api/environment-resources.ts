import { isPlainObject } from '../../core/index.ts';
import { routePaths } from '../paths/route-paths.ts';
import { environmentBody, environmentVersionBody } from './environment-bodies.ts';
import { errorResponse, halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

/**
 * The environment, deployment and release routes.
 *
 * @example
 * const routes = [...environmentRoutes];
 */
export const environmentRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: routePaths.environments,
    handle: async ({ store, links, request }) => {
      const name = new URL(request.url).searchParams.get('name');
      const environments = (await store.listEnvironments())
        .filter((item) => name === null || item.name === name)
        .map((item) => environmentBody(item, links));
      return halResponse({ _embedded: { environments }, _links: { self: { href: links.environments() } } });
    },
  },
  { method: 'POST', pattern: routePaths.environments, handle: createEnvironment },
  {
    method: 'GET',
    pattern: routePaths.environment,
    handle: async ({ store, links, params }) => {
      const found = await store.findEnvironment(params.uuid ?? '');
      if (found === undefined) return errorResponse(404, `No environment with uuid ${params.uuid}.`);
      return halResponse(environmentBody(found, links));
    },
  },
  {
    method: 'GET',
    pattern: routePaths.currentlyDeployed,
    handle: (context) => listCurrent(context, 'deployed'),
  },
  {
    method: 'GET',
    pattern: routePaths.currentlySupported,
    handle: (context) => listCurrent(context, 'released'),
  },
  {
    method: 'POST',
    pattern: routePaths.versionDeployments,
    handle: (context) => recordInEnvironment(context, 'deployed'),
  },
  {
    method: 'POST',
    pattern: routePaths.versionReleases,
    handle: (context) => recordInEnvironment(context, 'released'),
  },
  {
    method: 'GET',
    pattern: routePaths.deployedVersion,
    handle: (context) => showVersion(context, 'deployed'),
  },
  {
    method: 'GET',
    pattern: routePaths.releasedVersion,
    handle: (context) => showVersion(context, 'released'),
  },
  {
    method: 'PATCH',
    pattern: routePaths.deployedVersion,
    handle: (context) => endVersion(context, 'deployed'),
  },
  {
    method: 'PATCH',
    pattern: routePaths.releasedVersion,
    handle: (context) => endVersion(context, 'released'),
  },
];

async function listCurrent({ store, links, params }: RouteContext, kind: 'deployed' | 'released') {
  const found = await store.findEnvironment(params.uuid ?? '');
  if (found === undefined) return errorResponse(404, `No environment with uuid ${params.uuid}.`);
  const items = (await store.currentVersions(found.uuid, [kind])).map((item) =>
    environmentVersionBody(item, links),
  );
  return halResponse({
    _embedded: { [kind === 'deployed' ? 'deployedVersions' : 'releasedVersions']: items },
    _links: { self: { href: links.environmentVersions(kind, found.uuid) } },
  });
}

async function createEnvironment({ store, links, json }: RouteContext): Promise<Response> {
  const body = await json();
  if (!isPlainObject(body)) return validationResponse({ body: ['must be a JSON object'] });
  const errors: Record<string, string[]> = {};
  const { name, displayName, production } = body;
  if (typeof name !== 'string' || !/^[^\s/]+$/.test(name))
    errors.name = ['is missing, or contains spaces or slashes'];
  if (displayName !== undefined && typeof displayName !== 'string') errors.displayName = ['must be a string'];
  if (production !== undefined && typeof production !== 'boolean')
    errors.production = ['must be true or false'];
  if (Object.keys(errors).length > 0) return validationResponse(errors);
  const created = await store.createEnvironment({
    name: name as string,
    production: production === true,
    ...(typeof displayName === 'string' ? { displayName } : {}),
  });
  if (created === undefined)
    return validationResponse({ name: [`Another environment with name '${name}' already exists.`] });
  const self = links.environment(created.uuid);
  return halResponse(environmentBody(created, links), 201, { location: self });
}

async function recordInEnvironment(context: RouteContext, kind: 'deployed' | 'released'): Promise<Response> {
  const { store, links, params } = context;
  const { name = '', version: number = '', uuid = '' } = params;
  const environment = await store.findEnvironment(uuid);
  if (environment === undefined) return errorResponse(404, `No environment with uuid ${uuid}.`);
  if ((await store.findVersion(name, number)) === undefined)
    return errorResponse(404, `No version ${number} of pacticipant ${name} was found.`);
  let applicationInstance: string | undefined;
  if (kind === 'deployed' && context.request.headers.get('content-length') !== '0') {
    const text = await context.request.clone().text();
    if (text.trim() !== '') {
      const body = await context.json();
      const value = isPlainObject(body) ? (body.applicationInstance ?? body.target) : undefined;
      if (value !== undefined && value !== null && typeof value !== 'string')
        return validationResponse({ applicationInstance: ['must be a string'] });
      applicationInstance = value ?? undefined;
    }
  }
  const input = {
    pacticipant: name,
    version: number,
    environmentUuid: uuid,
    ...(applicationInstance === undefined ? {} : { applicationInstance }),
  };
  const recorded =
    kind === 'deployed' ? await store.recordDeployment(input) : await store.recordRelease(input);
  const self = links.environmentVersion(kind, recorded.uuid);
  return halResponse(environmentVersionBody(recorded, links), 201, { location: self });
}

async function showVersion({ store, links, params }: RouteContext, kind: 'deployed' | 'released') {
  const found = await store.findEnvironmentVersion(kind, params.uuid ?? '');
  if (found === undefined) return errorResponse(404, `No ${kind} version with uuid ${params.uuid}.`);
  return halResponse(environmentVersionBody(found, links));
}

async function endVersion(context: RouteContext, kind: 'deployed' | 'released'): Promise<Response> {
  const uuid = context.params.uuid ?? '';
  const body = await context.json();
  const field = kind === 'deployed' ? 'currentlyDeployed' : 'currentlySupported';
  if (!isPlainObject(body) || body[field] !== false)
    return validationResponse({
      [field]: ['only false is accepted: a version is deployed or released by POST'],
    });
  const ended = await context.store.endEnvironmentVersion(kind, uuid);
  if (ended === undefined) return errorResponse(404, `No ${kind} version with uuid ${uuid}.`);
  return halResponse(environmentVersionBody(ended, context.links));
}
