/** The version table's row shape (with its pacticipant's name) and its mapping to the model. */
import type { PacticipantVersion } from '../model.ts';

/** The columns (and join) that make a {@link PacticipantVersion}: `v.` versions, `pa.` pacticipants. */
export const versionColumns = `pa.name AS name, v.number AS number, v.branch AS branch, v.created_at AS created_at
  FROM versions v JOIN pacticipants pa ON pa.id = v.pacticipant_id`;

/** The columns {@link versionColumns} selects (`name` the pacticipant's). */
export interface VersionRow {
  readonly name: string;
  readonly number: string;
  readonly branch: string | null;
  readonly created_at: string;
}

/** A version row as the model. */
export function toVersion(row: VersionRow): PacticipantVersion {
  return {
    pacticipant: row.name,
    number: row.number,
    branch: row.branch ?? undefined,
    createdAt: row.created_at,
  };
}
