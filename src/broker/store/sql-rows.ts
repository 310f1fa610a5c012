/**
 * The store's row shapes: the joined columns it selects and their mapping to the model. Camel-case
 * aliases are quoted, so that PostgreSQL keeps their case as SQLite does.
 */
import type { PactPublication } from '../model.ts';

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
