/** `POST /contracts/publish`: a pacticipant version (with branch) and its base64 pacts. */
import type { PactPublication } from '../store/broker-store.ts';
import { pactName } from './pact-body.ts';
import { pactContentErrors } from './pact-content.ts';
import { versionBody } from './pacticipant-resources.ts';
import { isJsonObject } from './request-body.ts';
import { halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';

interface Contract {
  readonly providerName: string;
  readonly content: string;
}

interface Publication {
  readonly pacticipantName: string;
  readonly pacticipantVersionNumber: string;
  readonly branch?: string;
  readonly contracts: readonly Contract[];
}

/**
 * The publish-contracts route.
 *
 * @example
 * const routes = [publishContractsRoute];
 */
export const publishContractsRoute: Route = {
  method: 'POST',
  pattern: '/contracts/publish',
  handle: async (context) => {
    const checked = checkPublication(await context.json());
    if ('errors' in checked) return validationResponse(checked.errors);
    return publish(context, checked);
  },
};

async function publish(context: RouteContext, publication: Publication): Promise<Response> {
  const { store, links } = context;
  const { pacticipantName: name, pacticipantVersionNumber: number, branch } = publication;
  const published: PactPublication[] = [];
  for (const contract of publication.contracts) {
    const input = {
      consumer: name,
      provider: contract.providerName,
      consumerVersion: number,
      content: contract.content,
    };
    const previousSha = await store.latestPactSha(contract.providerName, name);
    const pact = await store.publishPact(branch === undefined ? input : { ...input, branch });
    context.webhooks.pactPublished({ pact, previousSha, base: context.base });
    published.push(pact);
  }
  const version = await store.recordVersion(name, number, ...(branch === undefined ? [] : [branch]));
  const logs = published.map((pact) => ({
    level: 'info',
    message: `Pact published for ${name} version ${number} and provider ${pact.provider}.`,
  }));
  return halResponse({
    logs,
    notices: logs.map((log) => ({ type: 'info', text: log.message })),
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
      'pb:pacticipant-version-tags': [],
      'pb:contracts': published.map((pact) => ({
        title: 'Pact',
        name: pactName(pact),
        href: links.pact(pact.provider, pact.consumer, pact.consumerVersion),
      })),
    },
  });
}

function checkPublication(body: unknown): Publication | { errors: Record<string, string[]> } {
  if (!isJsonObject(body)) return { errors: { body: ['must be a JSON object'] } };
  const errors: Record<string, string[]> = {};
  const name = requiredString(body, 'pacticipantName', errors);
  const number = requiredString(body, 'pacticipantVersionNumber', errors);
  if (body.branch !== undefined && (typeof body.branch !== 'string' || body.branch === ''))
    errors.branch = ['must be a non-empty string'];
  if (!Array.isArray(body.contracts) || body.contracts.length === 0)
    errors.contracts = ['must be a non-empty array'];
  if (Object.keys(errors).length > 0) return { errors };
  const contracts = (body.contracts as unknown[]).map((item, index) =>
    checkContract(item, index, name, errors),
  );
  if (Object.keys(errors).length > 0) return { errors };
  const branch = body.branch as string | undefined;
  return {
    pacticipantName: name,
    pacticipantVersionNumber: number,
    ...(branch === undefined ? {} : { branch }),
    contracts: contracts as Contract[],
  };
}

function checkContract(
  item: unknown,
  index: number,
  consumer: string,
  errors: Record<string, string[]>,
): Contract | undefined {
  const key = `contracts[${index}]`;
  const problems: string[] = [];
  if (!isJsonObject(item)) problems.push('must be an object');
  else {
    if (item.consumerName !== undefined && item.consumerName !== consumer)
      problems.push(`consumerName (${String(item.consumerName)}) must match pacticipantName (${consumer})`);
    if (typeof item.providerName !== 'string' || item.providerName === '')
      problems.push('providerName is missing');
    if (item.specification !== undefined && item.specification !== 'pact')
      problems.push(`specification must be "pact", got ${JSON.stringify(item.specification)}`);
    if (item.contentType !== undefined && item.contentType !== 'application/json')
      problems.push(`contentType must be "application/json", got ${JSON.stringify(item.contentType)}`);
    const content = decodeContent(item.content, problems);
    if (problems.length === 0 && content !== undefined) {
      const provider = item.providerName as string;
      problems.push(...pactContentErrors(JSON.parse(content), consumer, provider));
      if (problems.length === 0) return { providerName: provider, content };
    }
  }
  errors[key] = problems;
  return undefined;
}

function decodeContent(content: unknown, problems: string[]): string | undefined {
  if (typeof content !== 'string' || content === '') {
    problems.push('content is missing (the pact, base64 encoded)');
    return undefined;
  }
  const text = Buffer.from(content, 'base64').toString('utf8');
  try {
    JSON.parse(text);
    return text;
  } catch {
    problems.push('content is not base64 encoded JSON');
    return undefined;
  }
}

function requiredString(
  body: Record<string, unknown>,
  field: string,
  errors: Record<string, string[]>,
): string {
  const value = body[field];
  if (typeof value === 'string' && value !== '') return value;
  errors[field] = ['is missing (a non-empty string)'];
  return '';
}
