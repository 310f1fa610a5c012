/** The environment concern of the SQL store: environments, deployments and releases. */
import { randomUUID } from 'node:crypto';
import { SeamError } from '../../core/index.ts';
import type { Environment, EnvironmentVersion, EnvironmentVersionKind } from '../model.ts';
import type { EnvironmentStore } from './broker-store.ts';
import {
  type EnvironmentRow,
  type EnvironmentVersionRow,
  environmentColumns,
  environmentVersionColumns,
  environmentVersionTable,
  toEnvironment,
  toEnvironmentVersion,
} from './environment-rows.ts';
import { ensureVersionId, environmentIdOf } from './record-ids.ts';
import { condition, equals, isIn, whereClause } from './sql-where.ts';
import type { StoreContext } from './store-context.ts';

interface UuidRow {
  readonly uuid: string;
}

/**
 * {@link EnvironmentStore} over the context's database.
 *
 * @example
 * const environments = createEnvironmentQueries(context);
 */
export function createEnvironmentQueries({ driver, timestamp }: StoreContext): EnvironmentStore {
  const findEnvironment = async (by: 'uuid' | 'name', value: string) => {
    const row = await driver.get<EnvironmentRow>(
      `SELECT ${environmentColumns} FROM environments e WHERE e.${by} = ?`,
      [value],
    );
    return row === undefined ? undefined : toEnvironment(row);
  };
  const findEnvironmentVersion = async (kind: EnvironmentVersionKind, uuid: string) => {
    const row = await driver.get<EnvironmentVersionRow>(
      `SELECT ${environmentVersionColumns(kind)} WHERE ev.uuid = ?`,
      [uuid],
    );
    return row === undefined ? undefined : toEnvironmentVersion(row);
  };
  const written = async (kind: EnvironmentVersionKind, uuid: string): Promise<EnvironmentVersion> => {
    const found = await findEnvironmentVersion(kind, uuid);
    if (found === undefined)
      throw new SeamError('internal', `the store lost the ${kind} version ${uuid} it wrote`);
    return found;
  };
  return {
    async createEnvironment(input): Promise<Environment | undefined> {
      const uuid = randomUUID();
      const { changes } = await driver.run(
        `INSERT INTO environments (uuid, name, display_name, production, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO NOTHING`,
        [uuid, input.name, input.displayName ?? null, input.production === true ? 1 : 0, timestamp()],
      );
      return changes === 0 ? undefined : findEnvironment('uuid', uuid);
    },

    async listEnvironments(): Promise<Environment[]> {
      const rows = await driver.all<EnvironmentRow>(
        `SELECT ${environmentColumns} FROM environments e ORDER BY e.name`,
      );
      return rows.map(toEnvironment);
    },

    findEnvironment: (uuid) => findEnvironment('uuid', uuid),
    findEnvironmentByName: (name) => findEnvironment('name', name),

    async recordDeployment(input): Promise<EnvironmentVersion> {
      const uuid = randomUUID();
      await driver.transaction(async (db) => {
        const version = { pacticipant: input.pacticipant, number: input.version };
        const versionId = await ensureVersionId(db, version, timestamp());
        const environmentId = await environmentIdOf(db, input.environmentUuid);
        const now = timestamp();
        const instance = input.applicationInstance ?? null;
        await db.run(
          `UPDATE deployed_versions SET undeployed_at = ? WHERE undeployed_at IS NULL AND environment_id = ?
           AND application_instance IS NOT DISTINCT FROM CAST(? AS TEXT) AND version_id IN (SELECT id FROM versions WHERE pacticipant_id =
           (SELECT pacticipant_id FROM versions WHERE id = ?))`,
          [now, environmentId, instance, versionId],
        );
        await db.run(
          `INSERT INTO deployed_versions (uuid, version_id, environment_id, application_instance, created_at)
           VALUES (?, ?, ?, ?, ?)`,
          [uuid, versionId, environmentId, instance, now],
        );
      });
      return written('deployed', uuid);
    },

    async recordRelease(input): Promise<EnvironmentVersion> {
      const uuid = await driver.transaction(async (db) => {
        const version = { pacticipant: input.pacticipant, number: input.version };
        const versionId = await ensureVersionId(db, version, timestamp());
        const environmentId = await environmentIdOf(db, input.environmentUuid);
        await db.run(
          `INSERT INTO released_versions (uuid, version_id, environment_id, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (version_id, environment_id) DO UPDATE SET support_ended_at = NULL`,
          [randomUUID(), versionId, environmentId, timestamp()],
        );
        const row = await db.get<UuidRow>(
          'SELECT uuid FROM released_versions WHERE version_id = ? AND environment_id = ?',
          [versionId, environmentId],
        );
        return row?.uuid ?? '';
      });
      return written('released', uuid);
    },

    findEnvironmentVersion,

    async endEnvironmentVersion(kind, uuid): Promise<EnvironmentVersion | undefined> {
      const { table, ended } = environmentVersionTable(kind);
      await driver.run(`UPDATE ${table} SET ${ended} = ? WHERE uuid = ? AND ${ended} IS NULL`, [
        timestamp(),
        uuid,
      ]);
      return findEnvironmentVersion(kind, uuid);
    },

    async currentVersions(environmentUuid, kinds, pacticipants): Promise<EnvironmentVersion[]> {
      const result: EnvironmentVersion[] = [];
      if (pacticipants?.length === 0) return result;
      for (const kind of kinds) {
        const where = whereClause([
          equals('e.uuid', environmentUuid),
          condition(`ev.${environmentVersionTable(kind).ended} IS NULL`),
          isIn('pa.name', pacticipants),
        ]);
        const rows = await driver.all<EnvironmentVersionRow>(
          `SELECT ${environmentVersionColumns(kind)}${where.sql} ORDER BY ev.id`,
          where.params,
        );
        result.push(...rows.map(toEnvironmentVersion));
      }
      return result;
    },
  };
}
