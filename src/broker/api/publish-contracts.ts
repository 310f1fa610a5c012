/**
 * `POST /contracts/publish`: a pacticipant version (with branch and tags) and its base64 pacts,
 * refused with 409 when a pact would change an existing consumer version's content.
 */
import { routePaths } from '../paths/route-paths.ts';
import type { PacticipantVersion, PactPublication } from '../store/broker-store.ts';
import { contentSha } from '../store/content-sha.ts';
import { isRefusedModification, modificationRefusedMessage } from './contract-modification.ts';
import { mergePacts } from './merge-pacts.ts';
import { pactName } from './pact-body.ts';
import { versionBody } from './pacticipant-resources.ts';
import { type Contract, checkPublication, type Publication } from './publication-body.ts';
import {
  nextStepNotices,
  noticeLogs,
  type PublishNotice,
  pactNotices,
  versionNotices,
} from './publish-notices.ts';
import { halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

/**
 * The publish-contracts route.
 *
 * @example
 * const routes = [publishContractsRoute];
 */
export const publishContractsRoute: Route = {
  method: 'POST',
  pattern: routePaths.publishContracts,
  handle: async (context) => {
    const checked = checkPublication(await context.json());
    if ('errors' in checked) return validationResponse(checked.errors);
    const existing = await existingPacts(context, checked);
    const conflicts = conflictNotices(context, checked, existing);
    if (conflicts.length > 0) return conflictResponse(conflicts);
    return publish(context, checked, existing);
  },
};

/** The version's pact for each provider of the publication, read once before anything is written. */
async function existingPacts(
  context: RouteContext,
  { pacticipantName: consumer, pacticipantVersionNumber: version, contracts }: Publication,
): Promise<(PactPublication | undefined)[]> {
  const existing: (PactPublication | undefined)[] = [];
  for (const { providerName } of contracts)
    existing.push(await context.store.findPact(providerName, consumer, version));
  return existing;
}

/** The Pact Broker refuses the whole publication, before writing anything, when a pact would change. */
function conflictNotices(
  context: RouteContext,
  publication: Publication,
  existing: readonly (PactPublication | undefined)[],
): PublishNotice[] {
  const { pacticipantName: consumer, pacticipantVersionNumber: version } = publication;
  const allowed = context.allowContractModification === true;
  return publication.contracts
    .filter((contract, index) => isRefusedModification(existing[index], contract.sha, allowed))
    .map(({ providerName: provider }) => ({
      type: 'error',
      text: modificationRefusedMessage(consumer, version, provider),
    }));
}

function conflictResponse(notices: readonly PublishNotice[]): Response {
  const body = { notices, errors: { contracts: notices.map((notice) => notice.text) } };
  return new Response(JSON.stringify(body), {
    status: 409,
    headers: { 'content-type': 'application/json;charset=utf-8' },
  });
}

async function publish(
  context: RouteContext,
  publication: Publication,
  existing: readonly (PactPublication | undefined)[],
): Promise<Response> {
  const { store } = context;
  const { pacticipantName: name, pacticipantVersionNumber: number, branch, tags } = publication;
  const existed = (await store.findVersion(name, number)) !== undefined;
  const version = await store.recordVersion(name, number, branch, tags);
  const notices = versionNotices({ name, number, branch, tags, existed });
  const published: PactPublication[] = [];
  for (const [index, contract] of publication.contracts.entries()) {
    const outcome = await publishContract(context, publication, contract, existing[index]);
    // A concurrent publication changed the version's pact after the conflict check.
    if (outcome === 'refused')
      return conflictResponse([
        { type: 'error', text: modificationRefusedMessage(name, number, contract.providerName) },
      ]);
    published.push(outcome.pact);
    notices.push(...outcome.notices);
  }
  return halResponse(publishedBody(context, version, tags, published, notices));
}

/** Stores one pact of the publication (merged when asked), fires its webhooks, and says what happened. */
async function publishContract(
  context: RouteContext,
  { pacticipantName: consumer, pacticipantVersionNumber: version, branch }: Publication,
  contract: Contract,
  before: PactPublication | undefined,
): Promise<{ pact: PactPublication; notices: PublishNotice[] } | 'refused'> {
  const provider = contract.providerName;
  const merging = contract.merge && before !== undefined;
  const pact = await context.store.publishPact({
    consumer,
    provider,
    consumerVersion: version,
    ...(merging
      ? mergedContent(before.content, contract.json)
      : { content: contract.content, sha: contract.sha }),
    ...(branch === undefined ? {} : { branch }),
    refuseChange: context.allowContractModification !== true,
  });
  if (pact.changeRefused === true) return 'refused';
  context.webhooks.pactPublished({ pact, previousSha: pact.previousSha, base: context.base });
  const outcome =
    before === undefined
      ? 'published'
      : merging
        ? 'merged'
        : before.sha === pact.sha
          ? 'unchanged'
          : 'replaced';
  const url = context.links.pact(provider, consumer, version);
  const notices = pactNotices({ consumer, version, provider, outcome, url });
  return {
    pact,
    notices: [...notices, ...nextStepNotices(provider, await pairState(context, consumer, provider))],
  };
}

/** Whether the pair was ever verified, and whether any webhook applies to its pacts. */
async function pairState(context: RouteContext, consumer: string, provider: string) {
  const [integration] = await context.store.listIntegrations({ consumer, provider });
  const webhooks = await context.store.listWebhooks();
  return {
    verified: integration?.lastVerifiedAt !== undefined,
    hooked: webhooks.some(
      (webhook) =>
        (webhook.consumer === undefined || webhook.consumer === consumer) &&
        (webhook.provider === undefined || webhook.provider === provider),
    ),
  };
}

function publishedBody(
  { links }: RouteContext,
  version: PacticipantVersion,
  tags: readonly string[],
  published: readonly PactPublication[],
  notices: readonly PublishNotice[],
) {
  const { pacticipant: name, number } = version;
  return {
    logs: noticeLogs(notices),
    notices,
    _embedded: {
      pacticipant: { name, _links: { self: { href: links.pacticipant(name) } } },
      version: versionBody(version, links),
    },
    _links: {
      'pb:pacticipant': { title: 'Pacticipant', name, href: links.pacticipant(name) },
      'pb:pacticipant-version': {
        title: 'Pacticipant version',
        name: number,
        href: links.version(name, number),
      },
      'pb:pacticipant-version-tags': tags.map((tag) => ({
        title: 'Tag',
        name: tag,
        href: links.versionTag(name, number, tag),
      })),
      'pb:contracts': published.map((pact) => ({
        title: 'Pact',
        name: pactName(pact),
        href: links.pact(pact.provider, pact.consumer, pact.consumerVersion),
      })),
    },
  };
}

function mergedContent(
  existing: string,
  additional: Record<string, unknown>,
): { content: string; sha: string } {
  const merged = mergePacts(JSON.parse(existing) as Record<string, unknown>, additional);
  return { content: JSON.stringify(merged), sha: contentSha(merged) };
}
