/** A pacticipant's HAL body. */

import { definedOnly } from '../../core/index.ts';
import type { BrokerLinks } from '../paths/links.ts';
import type { Pacticipant } from '../store/broker-store.ts';

/**
 * A pacticipant as the Pact Broker shows it.
 *
 * @example
 * pacticipantBody(pacticipant, linksFor('http://b'));
 */
export function pacticipantBody(pacticipant: Pacticipant, links: BrokerLinks) {
  return {
    ...definedOnly({
      name: pacticipant.name,
      displayName: pacticipant.displayName ?? pacticipant.name,
      mainBranch: pacticipant.mainBranch,
      repositoryUrl: pacticipant.repositoryUrl,
      repositoryName: pacticipant.repositoryName,
      repositoryNamespace: pacticipant.repositoryNamespace,
      createdAt: pacticipant.createdAt,
      updatedAt: pacticipant.updatedAt,
    }),
    _links: {
      self: { href: links.pacticipant(pacticipant.name) },
      'pb:versions': { href: `${links.pacticipant(pacticipant.name)}/versions` },
      'pb:version': { href: `${links.pacticipant(pacticipant.name)}/versions/{version}`, templated: true },
      'pb:branches': { href: `${links.pacticipant(pacticipant.name)}/branches` },
      'pb:latest-version': { href: `${links.pacticipant(pacticipant.name)}/latest-version` },
      'pb:branch-version': {
        href: `${links.pacticipant(pacticipant.name)}/branches/{branch}/versions/{version}`,
        templated: true,
      },
      'pb:version-tag': {
        title: `Get, create or delete a tag for a version of ${pacticipant.name}`,
        href: `${links.pacticipant(pacticipant.name)}/versions/{version}/tags/{tag}`,
        templated: true,
      },
    },
  };
}
