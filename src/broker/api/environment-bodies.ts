/** Environments and deployed or released versions as the Pact Broker renders them (HAL). */
import type { BrokerLinks } from '../paths/links.ts';
import type { Environment, EnvironmentVersion } from '../store/broker-store.ts';

/**
 * An environment as the Pact Broker shows it.
 *
 * @example
 * environmentBody(environment, 'http://b');
 */
export function environmentBody(environment: Environment, links: BrokerLinks) {
  const self = links.environment(environment.uuid);
  return {
    uuid: environment.uuid,
    name: environment.name,
    displayName: environment.displayName ?? environment.name,
    production: environment.production,
    createdAt: environment.createdAt,
    _links: {
      self: { title: 'Environment', name: environment.name, href: self },
      'pb:currently-deployed-deployed-versions': {
        title: 'Versions currently deployed to this environment',
        href: `${self}/deployed-versions/currently-deployed`,
      },
      'pb:currently-supported-released-versions': {
        title: 'Versions currently released and supported in this environment',
        href: `${self}/released-versions/currently-supported`,
      },
      'pb:environments': { title: 'Environments', href: links.environments() },
    },
  };
}

/**
 * A deployed or released version as the Pact Broker shows it.
 *
 * @example
 * environmentVersionBody(deployed, 'http://b');
 */
export function environmentVersionBody(item: EnvironmentVersion, links: BrokerLinks) {
  const state =
    item.kind === 'deployed'
      ? {
          currentlyDeployed: item.current,
          applicationInstance: item.applicationInstance ?? null,
          target: item.applicationInstance ?? null,
          ...(item.endedAt === undefined ? {} : { undeployedAt: item.endedAt }),
        }
      : {
          currentlySupported: item.current,
          ...(item.endedAt === undefined ? {} : { supportEndedAt: item.endedAt }),
        };
  return {
    uuid: item.uuid,
    ...state,
    createdAt: item.createdAt,
    _embedded: {
      version: {
        number: item.version,
        _links: {
          self: { href: links.version(item.pacticipant, item.version) },
        },
      },
      pacticipant: {
        name: item.pacticipant,
        _links: { self: { href: links.pacticipant(item.pacticipant) } },
      },
      environment: environmentBody(item.environment, links),
    },
    _links: {
      self: { href: links.environmentVersion(item.kind, item.uuid) },
      'pb:environment': {
        title: 'Environment',
        name: item.environment.name,
        href: links.environment(item.environment.uuid),
      },
    },
  };
}
