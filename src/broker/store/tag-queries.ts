/** The tag concern of the SQL store: version tags. */
import { SeamError } from '../../core/index.ts';
import type { PacticipantVersion } from '../model.ts';
import type { TagStore } from './broker-store.ts';
import { ensureVersionId, tagVersion } from './record-ids.ts';
import type { StoreContext } from './store-context.ts';
import { toVersion, type VersionRow, versionColumns } from './version-rows.ts';

interface TagRow {
  readonly tag: string;
}

interface VersionTagRow extends TagRow {
  readonly pacticipant: string;
  readonly number: string;
}

/**
 * {@link TagStore} over the context's database.
 *
 * @example
 * const tags = createTagQueries(context);
 */
export function createTagQueries({ driver, timestamp }: StoreContext): TagStore {
  return {
    async addTag(pacticipant, version, tag): Promise<PacticipantVersion> {
      await driver.transaction(async (db) => {
        const id = await ensureVersionId(db, { pacticipant, number: version }, timestamp());
        await tagVersion(db, id, tag, timestamp());
      });
      const row = await driver.get<VersionRow>(
        `SELECT ${versionColumns} WHERE pa.name = ? AND v.number = ?`,
        [pacticipant, version],
      );
      if (row === undefined)
        throw new SeamError('internal', `the store lost version ${pacticipant}@${version}`);
      return toVersion(row);
    },

    async tagsOf(pacticipant, version): Promise<string[]> {
      const rows = await driver.all<TagRow>(
        `SELECT t.name AS tag FROM tags t JOIN versions v ON v.id = t.version_id
         JOIN pacticipants pa ON pa.id = v.pacticipant_id WHERE pa.name = ? AND v.number = ? ORDER BY t.created_at, t.name`,
        [pacticipant, version],
      );
      return rows.map((row) => row.tag);
    },

    async tagsOfVersions(refs): Promise<Map<string, string[]>> {
      if (refs.length === 0) return new Map();
      const rows = await driver.all<VersionTagRow>(
        `SELECT pa.name AS pacticipant, v.number AS number, t.name AS tag FROM tags t
         JOIN versions v ON v.id = t.version_id JOIN pacticipants pa ON pa.id = v.pacticipant_id
         WHERE (pa.name, v.number) IN (VALUES ${refs.map(() => '(?, ?)').join(', ')})
         ORDER BY t.created_at, t.name`,
        refs.flatMap((ref) => [ref.pacticipant, ref.version]),
      );
      const byVersion = Map.groupBy(rows, (row) => `${row.pacticipant}@${row.number}`);
      return new Map([...byVersion].map(([key, tagged]) => [key, tagged.map((row) => row.tag)]));
    },
  };
}
