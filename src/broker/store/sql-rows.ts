/**
 * The store's row shapes: the joined columns it selects and their mapping to the model. Camel-case
 * aliases are quoted, so that PostgreSQL keeps their case as SQLite does.
 */
import type { Pacticipant, PactPublication, VerificationResult } from './broker-store.ts';

/** A row as the database returns it. */
export type Row = Record<string, unknown>;

function publicationSelect(content: string): string {
  return `c.name AS consumer, p.name AS provider, v.number AS "consumerVersion",
  v.branch AS "consumerBranch", pc.sha AS sha, ${content} AS content, pp.created_at AS "createdAt"
  FROM pact_publications pp
  JOIN versions v ON v.id = pp.consumer_version_id
  JOIN pacticipants c ON c.id = v.pacticipant_id
  JOIN pacticipants p ON p.id = pp.provider_id
  JOIN pact_contents pc ON pc.id = pp.content_id`;
}

/** The columns (and joins) that make a {@link PactPublication}. */
export const publicationColumns = publicationSelect('pc.content');

/** {@link publicationColumns} without the pact's content (an empty string in its place). */
export const publicationColumnsWithoutContent = publicationSelect("''");

/** The columns (and joins) that make a {@link VerificationResult}. */
export const verificationColumns = `vr.id AS id, c.name AS consumer, p.name AS provider, pv.number AS "providerVersion",
  vr.branch AS "providerBranch", pc.sha AS sha, vr.success AS success, vr.results AS results, vr.created_at AS "createdAt"
  FROM verification_results vr
  JOIN pact_contents pc ON pc.id = vr.content_id
  JOIN pacticipants c ON c.id = vr.consumer_id
  JOIN versions pv ON pv.id = vr.provider_version_id
  JOIN pacticipants p ON p.id = pv.pacticipant_id`;

/** A pacticipant row as the model. */
export function toPacticipant(row: Row): Pacticipant {
  const optional = (column: string) => (row[column] as string | null | undefined) ?? undefined;
  return {
    name: String(row.name),
    mainBranch: optional('main_branch'),
    createdAt: String(row.created_at),
    displayName: optional('display_name'),
    repositoryUrl: optional('repository_url'),
    repositoryName: optional('repository_name'),
    repositoryNamespace: optional('repository_namespace'),
    updatedAt: optional('updated_at'),
  };
}

/** The columns that make a {@link Pacticipant} (from `pacticipants`). */
export const pacticipantColumns =
  'name, main_branch, created_at, display_name, repository_url, repository_name, repository_namespace, updated_at';

/** A publication row as the model. */
export function toPublication(row: Row): PactPublication {
  return {
    consumer: String(row.consumer),
    provider: String(row.provider),
    consumerVersion: String(row.consumerVersion),
    consumerBranch: (row.consumerBranch as string | null) ?? undefined,
    sha: String(row.sha),
    content: String(row.content),
    createdAt: String(row.createdAt),
  };
}

/** A verification result row as the model. */
export function toVerification(row: Row): VerificationResult {
  return {
    id: Number(row.id),
    consumer: String(row.consumer),
    provider: String(row.provider),
    providerVersion: String(row.providerVersion),
    providerBranch: (row.providerBranch as string | null) ?? undefined,
    sha: String(row.sha),
    success: Number(row.success) === 1,
    results: JSON.parse(String(row.results)) as Record<string, unknown>,
    createdAt: String(row.createdAt),
  };
}
