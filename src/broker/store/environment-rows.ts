/** The environment tables' row shapes and their mapping to the model. */
import type { Environment, EnvironmentVersion, EnvironmentVersionKind } from '../model.ts';

/** The columns of an {@link Environment}, prefixed `e.`. */
export const environmentColumns =
  'e.uuid AS uuid, e.name AS name, e.display_name AS display_name, e.production AS production, e.created_at AS created_at';

/** The columns {@link environmentColumns} selects. */
export interface EnvironmentRow {
  readonly uuid: string;
  readonly name: string;
  readonly display_name: string | null;
  readonly production: number;
  readonly created_at: string;
}

/** An environment row as the model. */
export function toEnvironment(row: EnvironmentRow): Environment {
  return {
    uuid: row.uuid,
    name: row.name,
    displayName: row.display_name ?? undefined,
    production: row.production === 1,
    createdAt: row.created_at,
  };
}

/** The table of deployed or released versions, and the column saying when one ended. */
export function environmentVersionTable(kind: EnvironmentVersionKind): { table: string; ended: string } {
  return kind === 'deployed'
    ? { table: 'deployed_versions', ended: 'undeployed_at' }
    : { table: 'released_versions', ended: 'support_ended_at' };
}

/** The columns (and joins) of a deployed or released version, its environment's prefixed `e.`. */
export function environmentVersionColumns(kind: EnvironmentVersionKind): string {
  const { table, ended } = environmentVersionTable(kind);
  const instance = kind === 'deployed' ? 'ev.application_instance' : 'NULL';
  return `'${kind}' AS kind, ev.uuid AS ev_uuid, pa.name AS pacticipant, v.number AS version,
  ${instance} AS application_instance, ev.created_at AS ev_created_at, ev.${ended} AS ended_at, ${environmentColumns}
  FROM ${table} ev
  JOIN versions v ON v.id = ev.version_id
  JOIN pacticipants pa ON pa.id = v.pacticipant_id
  JOIN environments e ON e.id = ev.environment_id`;
}

/** The columns {@link environmentVersionColumns} selects. */
export interface EnvironmentVersionRow extends EnvironmentRow {
  readonly kind: EnvironmentVersionKind;
  readonly ev_uuid: string;
  readonly pacticipant: string;
  readonly version: string;
  readonly application_instance: string | null;
  readonly ev_created_at: string;
  readonly ended_at: string | null;
}

/** A deployed or released version row as the model. */
export function toEnvironmentVersion(row: EnvironmentVersionRow): EnvironmentVersion {
  const endedAt = row.ended_at ?? undefined;
  return {
    kind: row.kind === 'released' ? 'released' : 'deployed',
    uuid: row.ev_uuid,
    pacticipant: row.pacticipant,
    version: row.version,
    environment: toEnvironment(row),
    applicationInstance: row.application_instance ?? undefined,
    current: endedAt === undefined,
    createdAt: row.ev_created_at,
    endedAt,
  };
}
