/** The embedded store's row shapes: the joined columns it selects and their mapping to the model. */
import type {
  Environment,
  EnvironmentVersion,
  Pacticipant,
  PacticipantVersion,
  PactPublication,
  VerificationResult,
} from './broker-store.ts';

/** A row as node:sqlite returns it. */
export type Row = Record<string, unknown>;

/** The columns (and joins) that make a {@link PactPublication}. */
export const publicationColumns = `c.name AS consumer, p.name AS provider, v.number AS consumerVersion,
  v.branch AS consumerBranch, pc.sha AS sha, pc.content AS content, pp.created_at AS createdAt
  FROM pact_publications pp
  JOIN versions v ON v.id = pp.consumer_version_id
  JOIN pacticipants c ON c.id = v.pacticipant_id
  JOIN pacticipants p ON p.id = pp.provider_id
  JOIN pact_contents pc ON pc.id = pp.content_id`;

/** The columns (and joins) that make a {@link VerificationResult}. */
export const verificationColumns = `vr.id AS id, c.name AS consumer, p.name AS provider, pv.number AS providerVersion,
  vr.branch AS providerBranch, pc.sha AS sha, vr.success AS success, vr.results AS results, vr.created_at AS createdAt
  FROM verification_results vr
  JOIN pact_contents pc ON pc.id = vr.content_id
  JOIN pacticipants c ON c.id = vr.consumer_id
  JOIN versions pv ON pv.id = vr.provider_version_id
  JOIN pacticipants p ON p.id = pv.pacticipant_id`;

/** A pacticipant row as the model. */
export function toPacticipant(row: Row): Pacticipant {
  return {
    name: String(row.name),
    mainBranch: (row.main_branch as string | null) ?? undefined,
    createdAt: String(row.created_at),
  };
}

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

/** The columns of an {@link Environment}, prefixed `e.`. */
export const environmentColumns =
  'e.uuid AS uuid, e.name AS name, e.display_name AS display_name, e.production AS production, e.created_at AS created_at';

/** An environment row as the model. */
export function toEnvironment(row: Row): Environment {
  return {
    uuid: String(row.uuid),
    name: String(row.name),
    displayName: (row.display_name as string | null) ?? undefined,
    production: Number(row.production) === 1,
    createdAt: String(row.created_at),
  };
}

/** The columns (and joins) of a deployed (`table` deployed_versions) or released version. */
export function environmentVersionColumns(kind: 'deployed' | 'released'): string {
  const table = kind === 'deployed' ? 'deployed_versions' : 'released_versions';
  const instance = kind === 'deployed' ? 'ev.application_instance' : 'NULL';
  const ended = kind === 'deployed' ? 'ev.undeployed_at' : 'ev.support_ended_at';
  return `'${kind}' AS kind, ev.uuid AS ev_uuid, pa.name AS pacticipant, v.number AS version,
  ${instance} AS application_instance, ev.created_at AS ev_created_at, ${ended} AS ended_at, ${environmentColumns}
  FROM ${table} ev
  JOIN versions v ON v.id = ev.version_id
  JOIN pacticipants pa ON pa.id = v.pacticipant_id
  JOIN environments e ON e.id = ev.environment_id`;
}

/** A deployed or released version row as the model. */
export function toEnvironmentVersion(row: Row): EnvironmentVersion {
  const endedAt = (row.ended_at as string | null) ?? undefined;
  return {
    kind: row.kind === 'released' ? 'released' : 'deployed',
    uuid: String(row.ev_uuid),
    pacticipant: String(row.pacticipant),
    version: String(row.version),
    environment: toEnvironment(row),
    applicationInstance: (row.application_instance as string | null) ?? undefined,
    current: endedAt === undefined,
    createdAt: String(row.ev_created_at),
    endedAt,
  };
}

/** A version row (`name` the pacticipant) as the model. */
export function toVersion(row: Row): PacticipantVersion {
  return {
    pacticipant: String(row.name),
    number: String(row.number),
    branch: (row.branch as string | null) ?? undefined,
    createdAt: String(row.created_at),
  };
}
