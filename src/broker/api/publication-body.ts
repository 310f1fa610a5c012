/** The body of `POST /contracts/publish`, checked as the Pact Broker checks it. */
import { isPlainObject } from '../../core/index.ts';
import { contentSha } from '../store/content-sha.ts';
import { pactContentErrors } from './pact-content.ts';

/**
 * One pact of a publication, checked.
 *
 * @example
 * const contract: Contract = { providerName: 'orders', content, json, sha: contentSha(json), merge: false };
 */
export interface Contract {
  readonly providerName: string;
  readonly content: string;
  /** The content parsed, once. */
  readonly json: Record<string, unknown>;
  /** Its {@link contentSha}. */
  readonly sha: string;
  /** `onConflict: "merge"`: merged into the version's existing pact instead of replacing it. */
  readonly merge: boolean;
}

/**
 * A `POST /contracts/publish` body, checked.
 *
 * @example
 * const publication = checkPublication(await context.json());
 */
export interface Publication {
  readonly pacticipantName: string;
  readonly pacticipantVersionNumber: string;
  readonly branch?: string;
  readonly tags: readonly string[];
  readonly contracts: readonly Contract[];
}

/**
 * The publication in a request body, or its problems by field in the Pact Broker's words (each
 * pact decoded and parsed once, its SHA computed).
 *
 * @example
 * const checked = checkPublication(await context.json());
 * if ('errors' in checked) return validationResponse(checked.errors);
 */
export function checkPublication(body: unknown): Publication | { errors: Record<string, string[]> } {
  if (!isPlainObject(body)) return { errors: { body: ['must be a JSON object'] } };
  const errors: Record<string, string[]> = {};
  const name = requiredString(body, 'pacticipantName', errors);
  const number = requiredString(body, 'pacticipantVersionNumber', errors);
  // The Pact Broker takes null for the optional fields as absent (its schema's `maybe`).
  const branch = body.branch ?? undefined;
  if (branch !== undefined && (typeof branch !== 'string' || branch.trim() === ''))
    errors.branch = ['must be a non-empty string'];
  const tags = body.tags ?? [];
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || tag.trim() === ''))
    errors.tags = ['must be an array of non-blank strings'];
  if (!Array.isArray(body.contracts) || body.contracts.length === 0)
    errors.contracts = ['must be a non-empty array'];
  if (Object.keys(errors).length > 0) return { errors };
  const contracts = (body.contracts as unknown[]).map((item, index) =>
    checkContract(item, index, name, errors),
  );
  if (Object.keys(errors).length > 0) return { errors };
  return {
    pacticipantName: name,
    pacticipantVersionNumber: number,
    ...(branch === undefined ? {} : { branch: branch as string }),
    tags: [...new Set(tags as string[])],
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
  if (!isPlainObject(item)) problems.push('must be an object');
  else {
    if (item.consumerName !== undefined && item.consumerName !== consumer)
      problems.push(`consumerName (${String(item.consumerName)}) must match pacticipantName (${consumer})`);
    if (typeof item.providerName !== 'string' || item.providerName === '')
      problems.push('providerName is missing');
    if (item.specification !== undefined && item.specification !== 'pact')
      problems.push(`specification must be "pact", got ${JSON.stringify(item.specification)}`);
    if (item.onConflict !== undefined && item.onConflict !== 'overwrite' && item.onConflict !== 'merge')
      problems.push(`onConflict must be "overwrite" or "merge", got ${JSON.stringify(item.onConflict)}`);
    if (item.contentType !== undefined && item.contentType !== 'application/json')
      problems.push(`contentType must be "application/json", got ${JSON.stringify(item.contentType)}`);
    const decoded = decodeContent(item.content, problems);
    if (problems.length === 0 && decoded !== undefined) {
      const provider = item.providerName as string;
      problems.push(...pactContentErrors(decoded.json, consumer, provider));
      if (problems.length === 0)
        return {
          providerName: provider,
          content: decoded.content,
          json: decoded.json as Record<string, unknown>,
          sha: contentSha(decoded.json),
          merge: item.onConflict === 'merge',
        };
    }
  }
  errors[key] = problems;
  return undefined;
}

function decodeContent(content: unknown, problems: string[]): { content: string; json: unknown } | undefined {
  if (typeof content !== 'string' || content === '') {
    problems.push('content is missing (the pact, base64 encoded)');
    return undefined;
  }
  const text = Buffer.from(content, 'base64').toString('utf8');
  try {
    return { content: text, json: JSON.parse(text) };
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
