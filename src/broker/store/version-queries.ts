/** The version concern of the SQL store: pacticipant versions and their branches. */
import { SeamError } from '../../core/index.ts';
import type { PacticipantVersion } from '../model.ts';
import type { VersionStore } from './broker-store.ts';
import { ensureVersionId, tagVersion } from './record-ids.ts';
import { equals, whereClause } from './sql-where.ts';
import type { StoreContext } from './store-context.ts';
import { toVersion, type VersionRow, versionColumns } from './version-rows.ts';

/**
 * {@link VersionStore} over the context's database.
 *
 * @example
 * const versions = createVersionQueries(context);
 */
export function createVersionQueries({ driver, timestamp }: StoreContext): VersionStore {
  return {
    async recordVersion(pacticipant, number, branch, tags = []): Promise<PacticipantVersion> {
      return driver.transaction(async (db) => {
        const id = await ensureVersionId(db, { pacticipant, number, branch }, timestamp());
        for (const tag of tags) await tagVersion(db, id, tag, timestamp());
        const row = await db.get<VersionRow>(`SELECT ${versionColumns} WHERE v.id = ?`, [id]);
        if (row === undefined)
          throw new SeamError('internal', `the store lost version ${pacticipant}@${number}`);
        return toVersion(row);
      });
    },

    async findVersion(pacticipant, number): Promise<PacticipantVersion | undefined> {
      const row = await driver.get<VersionRow>(
        `SELECT ${versionColumns} WHERE pa.name = ? AND v.number = ?`,
        [pacticipant, number],
      );
      return row === undefined ? undefined : toVersion(row);
    },

    async listVersions(pacticipant, limit): Promise<PacticipantVersion[]> {
      const bounded = limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(limit))}`;
      const rows = await driver.all<VersionRow>(
        `SELECT ${versionColumns} WHERE pa.name = ? ORDER BY v.id DESC${bounded}`,
        [pacticipant],
      );
      return rows.map(toVersion);
    },

    async latestVersionsWithTag(tag): Promise<PacticipantVersion[]> {
      const rows = await driver.all<VersionRow>(
        `SELECT ${versionColumns} JOIN tags t ON t.version_id = v.id WHERE t.name = ? ORDER BY v.id DESC`,
        [tag],
      );
      const latest = new Map<string, PacticipantVersion>();
      for (const version of rows.map(toVersion))
        if (!latest.has(version.pacticipant)) latest.set(version.pacticipant, version);
      return [...latest.values()];
    },

    async latestVersion(pacticipant, tag, branch): Promise<PacticipantVersion | undefined> {
      const byTag = tag === undefined ? '' : ' JOIN tags t ON t.version_id = v.id AND t.name = ?';
      const where = whereClause([equals('pa.name', pacticipant), equals('v.branch', branch)]);
      const row = await driver.get<VersionRow>(
        `SELECT ${versionColumns}${byTag}${where.sql} ORDER BY v.id DESC LIMIT 1`,
        [...(tag === undefined ? [] : [tag]), ...where.params],
      );
      return row === undefined ? undefined : toVersion(row);
    },
  };
}
